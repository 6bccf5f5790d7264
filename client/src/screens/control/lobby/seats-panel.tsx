import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import { useNames } from '../../../exercise/view-names';
import { SeatRow } from './seat-row';

/** Who plays each team: people, or a bot (so a small seminar still has every team). */
export function SeatsPanel({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  const fill = useCommand();
  const empty = view.scenario.teams.filter((team) => view.seats[team.id] === 'empty');

  const fillWithBots = async () => {
    for (const team of empty) {
      if (!(await fill.send({ type: 'lobby.setSeat', team: team.id, kind: 'bot' }))) return;
    }
  };

  return (
    <section className="panel" aria-labelledby="control-seats-title">
      <h2 id="control-seats-title">{t('control.seats.title')}</h2>
      <ul className="control-seats">
        {view.scenario.teams.map((team) => (
          <SeatRow key={team.id} view={view} team={team.id} names={names} />
        ))}
      </ul>
      <button
        type="button"
        className="secondary"
        data-testid="fill-bots"
        disabled={fill.pending || empty.length === 0}
        onClick={() => void fillWithBots()}
      >
        {t('control.seats.fillWithBots')}
      </button>
      {empty.length === 0 && <p className="control-hint">{t('control.seats.noneEmpty')}</p>}
      <CommandError error={fill.error} />
    </section>
  );
}
