import { useTranslation } from 'react-i18next';
import type { Adjudication, ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { changeText, signed } from './change-text';

/** The world before and after this adjudication, track by track, and Control's own changes. */
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
  return (
    <section className="control-subsection" aria-labelledby="tracks-diff-title">
      <h3 id="tracks-diff-title">{t('control.review.tracksTitle')}</h3>
      <div
        className="control-table-wrap"
        tabIndex={0}
        role="region"
        aria-labelledby="tracks-diff-title"
      >
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
            {view.scenario.tracks.map((track) => {
              const before = review.tracksBefore[track.id] ?? track.start;
              const after = review.tracksAfter[track.id] ?? before;
              return (
                <tr key={track.id} data-track={track.id}>
                  <th scope="row">{names.track(track.id)}</th>
                  <td>{before}</td>
                  <td>{after}</td>
                  <td>
                    {after === before ? t('control.review.unchanged') : signed(after - before)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
    </section>
  );
}
