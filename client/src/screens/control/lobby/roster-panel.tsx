import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useNames } from '../../../exercise/view-names';
import { RosterRow } from './roster-row';
import { AbsentIcon, Glyph, PresentIcon } from '../../../components/icons';

/**
 * Whether the room's projector is on: it is a screen, not a player, so it
 * is shown apart from the roster (the server leaves it out of the roster).
 */
function ProjectorStatus({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const projectors = view.control?.projectors ?? [];
  if (projectors.length === 0) return null;
  const connected = projectors.some((projector) => projector.connected);
  return (
    <p className="control-hint" data-testid="projector-status" data-connected={connected}>
      <Glyph icon={connected ? PresentIcon : AbsentIcon} />
      {connected ? t('control.roster.projectorConnected') : t('control.roster.projectorAway')}
    </p>
  );
}

/** Everybody who has joined, with Control's seating actions on each. */
export function RosterPanel({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  return (
    <section className="panel" aria-labelledby="control-roster-title">
      <h2 id="control-roster-title">
        {t('control.roster.title', { count: view.roster.filter((entry) => !entry.isBot).length })}
      </h2>
      <ProjectorStatus view={view} />
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
