import { useTranslation } from 'react-i18next';
import { namesInSentence, type AdjudicationView, type ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { ActionResultEntry } from './action-result-entry';
import { DecisionEntry } from './decision-entry';
import { TrackChanges } from './track-changes';
import { useNames } from '../../exercise/view-names';

/** Whether a move left anything to tell (a practice move skipped leaves nothing). */
export function moveHasHistory(view: ExerciseView, move: number): boolean {
  return (
    view.injects.some((inject) => inject.release.move === move) ||
    view.decisions.some((decision) => decision.move === move) ||
    view.adjudications.some((adjudication) => adjudication.move === move)
  );
}

function Results({ view, adjudication }: { view: ExerciseView; adjudication: AdjudicationView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const injectTitle = (id: string) => {
    const inject = view.injects.find((candidate) => candidate.id === id);
    return inject === undefined ? id : localize(inject.title, language);
  };
  const overall = Object.keys(adjudication.tracksAfter).map((track) => ({
    track,
    from: adjudication.tracksBefore[track] ?? 0,
    to: adjudication.tracksAfter[track] ?? 0,
    clamped: false,
  }));
  return (
    <>
      <h5>{t('hotwash.timeline.results')}</h5>
      {adjudication.results.length === 0 && <p>{t('hotwash.timeline.noResults')}</p>}
      <ul className="debrief-list">
        {adjudication.results.map((result) => (
          <ActionResultEntry key={result.id} view={view} result={result} />
        ))}
        {adjudication.injects.map((fired, index) => (
          <li key={`inject-${index}`} className="debrief-result">
            <p>{t('hotwash.timeline.triggered', { title: injectTitle(fired.inject) })}</p>
            <TrackChanges view={view} changes={fired.changes} />
          </li>
        ))}
        {adjudication.overrideChanges.map((change, index) => (
          <li key={`override-${index}`} className="debrief-result">
            <p>{t('hotwash.timeline.trackOverride', { reason: change.reason })}</p>
            <TrackChanges view={view} changes={[change]} />
          </li>
        ))}
      </ul>
      <p className="debrief-label">{t('hotwash.timeline.moveChanges')}</p>
      <TrackChanges view={view} changes={overall} />
    </>
  );
}

/**
 * One move of the game, as the reader was allowed to see it: the injects
 * released, each team's decision in order, the results and Control's
 * narrative.
 */
export function MoveTimeline({ view, move }: { view: ExerciseView; move: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const info = view.scenario.moves.find((candidate) => candidate.number === move);
  const injects = view.injects.filter((inject) => inject.release.move === move);
  const decisions = view.decisions
    .filter((decision) => decision.move === move)
    .sort((a, b) => a.order - b.order);
  const adjudication = view.adjudications.find((candidate) => candidate.move === move);
  const narrative = view.narrative.filter((entry) => entry.move === move);
  const label = info?.practice
    ? t('hotwash.timeline.practice')
    : t('hotwash.timeline.move', { move });
  return (
    <li className="debrief-move" data-move={move}>
      <h4>
        {label}
        {info !== undefined && `: ${localize(info.title, language)}`}
      </h4>
      {info !== undefined && <p className="debrief-period">{localize(info.period, language)}</p>}
      {info?.practice && <p className="debrief-note">{t('hotwash.timeline.practiceNote')}</p>}

      <h5>{t('hotwash.timeline.injects')}</h5>
      {injects.length === 0 ? (
        <p>{t('hotwash.timeline.noInjects')}</p>
      ) : (
        <ul className="debrief-list">
          {injects.map((inject) => (
            <li key={inject.id} data-inject-line={inject.id}>
              <span className="tag">{t(`common.inject.kind.${inject.kind}`)}</span>{' '}
              {localize(inject.title, language)}
              {inject.audience !== 'all' &&
                ` (${t('common.inject.privateTo', {
                  teams: namesInSentence(
                    inject.audience.map((id) => names.team(id)),
                    language,
                  ).join(', '),
                })})`}
              <TrackChanges view={view} changes={inject.release.changes} />
            </li>
          ))}
        </ul>
      )}

      <h5>{t('hotwash.timeline.decisions')}</h5>
      {decisions.length === 0 ? (
        <p>{t('hotwash.timeline.noDecisions')}</p>
      ) : (
        <ol className="debrief-list">
          {decisions.map((decision) => (
            <DecisionEntry key={decision.team} view={view} decision={decision} />
          ))}
        </ol>
      )}

      {adjudication !== undefined && <Results view={view} adjudication={adjudication} />}

      {narrative.length > 0 && (
        <>
          <h5>{t('hotwash.timeline.narrative')}</h5>
          {narrative.map((entry, index) => (
            <p key={index} className="debrief-narrative">
              {entry.text}
            </p>
          ))}
        </>
      )}
    </li>
  );
}
