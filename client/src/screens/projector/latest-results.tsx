import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ActionResultEntry } from '../hotwash/action-result-entry';
import { TrackChanges } from '../hotwash/track-changes';
import { moveLabel } from './move-label';

/**
 * What the newest published adjudication did, as everybody may know it
 * (the view leaves out hidden covert actions), with Control's narrative.
 */
export function LatestResults({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const latest = view.adjudications
    .filter((adjudication) => adjudication.publishedAt !== null)
    .at(-1);
  if (latest === undefined) return null;
  const narrative = view.narrative.filter((entry) => entry.move === latest.move);
  const overall = Object.keys(latest.tracksAfter).map((track) => ({
    track,
    from: latest.tracksBefore[track] ?? 0,
    to: latest.tracksAfter[track] ?? 0,
    clamped: false,
  }));
  return (
    <section
      className="observer-results"
      data-testid="projector-results"
      aria-labelledby="projector-results-title"
    >
      <h2 id="projector-results-title">
        {t('screen.results.title', { move: moveLabel(t, latest.move) })}
      </h2>
      {narrative.map((entry, index) => (
        <p key={index} className="observer-narrative">
          {entry.text}
        </p>
      ))}
      <ul className="debrief-list">
        {latest.results.map((result) => (
          <ActionResultEntry key={result.id} view={view} result={result} />
        ))}
      </ul>
      <p className="debrief-label">{t('screen.results.tracks')}</p>
      <TrackChanges view={view} changes={overall} />
    </section>
  );
}
