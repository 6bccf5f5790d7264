import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import type { Names } from '../../../exercise/view-names';
import { TeamPanel } from './team-panel';

/** Every team as Control sees it: its secrets, its draft, its decisions and its people. */
export function TeamsPanel({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  return (
    <section id="control-teams" className="control-section" aria-labelledby="control-teams-title">
      <h2 id="control-teams-title">{t('control.teams.title')}</h2>
      <div className="control-team-grid">
        {view.scenario.teams.map((team) => (
          <TeamPanel key={team.id} view={view} team={team.id} names={names} />
        ))}
      </div>
    </section>
  );
}
