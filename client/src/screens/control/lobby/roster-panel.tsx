import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useNames } from '../../../exercise/view-names';
import { RosterRow } from './roster-row';

/** Everybody who has joined, with Control's seating actions on each. */
export function RosterPanel({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  return (
    <section className="panel" aria-labelledby="control-roster-title">
      <h2 id="control-roster-title">
        {t('control.roster.title', { count: view.roster.filter((entry) => !entry.isBot).length })}
      </h2>
      {view.roster.length === 0 ? (
        <p>{t('control.roster.empty')}</p>
      ) : (
        <div
          className="control-table-wrap"
          tabIndex={0}
          role="region"
          aria-labelledby="control-roster-title"
        >
          <table className="control-table">
            <thead>
              <tr>
                <th scope="col">{t('control.roster.name')}</th>
                <th scope="col">{t('control.roster.team')}</th>
                <th scope="col">{t('control.roster.role')}</th>
                <th scope="col">{t('control.roster.connection')}</th>
                <th scope="col">{t('control.roster.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.roster.map((entry) => (
                <RosterRow key={entry.id} view={view} entry={entry} names={names} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
