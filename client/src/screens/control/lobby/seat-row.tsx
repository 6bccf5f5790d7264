import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { useProposedValue } from '../use-proposed-value';
import { Glyph, WarningIcon } from '../../../components/icons';

/** One team's seat and the choice between people and a bot. */
export function SeatRow({ view, team, names }: { view: ExerciseView; team: string; names: Names }) {
  const { t } = useTranslation();
  const command = useCommand();
  const seat = view.seats[team] ?? 'empty';
  const people = view.roster.filter((entry) => entry.team === team && !entry.isBot).length;
  const id = `seat-${team}`;
  const kind = useProposedValue<'human' | 'bot'>(seat === 'bot' ? 'bot' : 'human');
  return (
    <li className="control-seat" data-seat={seat}>
      <label htmlFor={id}>{names.team(team)}</label>{' '}
      <select
        id={id}
        data-testid={id}
        value={kind.shown}
        disabled={command.pending}
        onChange={async (event) => {
          const chosen = event.target.value === 'bot' ? 'bot' : 'human';
          kind.propose(chosen);
          if (!(await command.send({ type: 'lobby.setSeat', team, kind: chosen }))) kind.withdraw();
        }}
      >
        <option value="human">{t('control.seats.human')}</option>
        {/* People hold the seat: the server gives it to a bot only once they are moved. */}
        <option value="bot" disabled={seat === 'human'}>
          {t('control.seats.bot')}
        </option>
      </select>{' '}
      <span className={seat === 'empty' ? 'control-warning' : 'control-hint'}>
        {seat === 'empty' && <Glyph icon={WarningIcon} />}
        {t(`control.seats.state.${seat}`, { count: people })}
      </span>
      <CommandError error={command.error} />
    </li>
  );
}
