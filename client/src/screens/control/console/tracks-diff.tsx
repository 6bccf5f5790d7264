import { useTranslation } from 'react-i18next';
import type { Adjudication, ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { changeText, signed } from './change-text';

/**
 * The world before and after this adjudication: the tracks that move, in
 * one line, and Control's own changes; every track in a table on demand.
 */
export function TracksDiff({
  view,
  review,
  names,
}: {
  view: ExerciseView;
  review: Adjudication;
  names: Names;
}) {
  const { t } = useTranslation();
  const rows = view.scenario.tracks.map((track) => {
    const before = review.tracksBefore[track.id] ?? track.start;
    return { track, before, after: review.tracksAfter[track.id] ?? before };
  });
  const moved = rows.filter((row) => row.after !== row.before);
  return (
    <section className="control-subsection" aria-labelledby="tracks-diff-title">
      <h3 id="tracks-diff-title">{t('control.review.tracksTitle')}</h3>
      <p data-testid="tracks-moved">
        {moved.length === 0
          ? t('control.review.noTrackMoves')
          : moved
              .map(
                (row) =>
                  `${names.track(row.track.id)} ${row.before} → ${row.after} (${signed(row.after - row.before)})`,
              )
              .join(' · ')}
      </p>
      {review.overrideChanges.length > 0 && (
        <>
          <h4>{t('control.review.controlChanges')}</h4>
          <ul>
            {review.overrideChanges.map((change, index) => (
              <li key={index}>
                {changeText(change, t, names)}: {change.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <details className="control-disclosure">
        <summary>{t('control.review.allTracks')}</summary>
        <table className="control-table">
          <thead>
            <tr>
              <th scope="col">{t('control.review.track')}</th>
              <th scope="col">{t('control.review.before')}</th>
              <th scope="col">{t('control.review.after')}</th>
              <th scope="col">{t('control.review.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ track, before, after }) => (
              <tr key={track.id} data-track={track.id}>
                <th scope="row">{names.track(track.id)}</th>
                <td>{before}</td>
                <td>{after}</td>
                <td>{after === before ? t('control.review.unchanged') : signed(after - before)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
