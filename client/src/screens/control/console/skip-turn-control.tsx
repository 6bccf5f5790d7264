import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type ExerciseView } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';

/**
 * During decisions: the team whose turn it is holds now (a team that left
 * the room, or ran long). In simultaneous mode Control picks which one.
 */
export function SkipTurnControl({ view, names }: { view: ExerciseView; names: Names }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [reason, setReason] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const { exercise } = view;
  if (exercise.phase !== 'decisions') return null;
  const { current, pending } = exercise.turn;
  const team = current ?? (picked !== null && pending.includes(picked) ? picked : pending[0]);
  const allowed = exercise.tags.includes('accepting-decisions') && team !== undefined;

  const skip = async () => {
    if (team === undefined) return;
    const trimmed = reason.trim();
    const sent = await command.send({
      type: 'facilitator.skipTurn',
      team,
      ...(trimmed === '' ? {} : { reason: trimmed }),
    });
    if (sent) setReason('');
  };

  return (
    <div className="control-inline control-skip-turn">
      {current === null && pending.length > 0 && (
        <>
          <label htmlFor="skip-turn-team">{t('control.skipTurn.team')}</label>
          <select
            id="skip-turn-team"
            value={team}
            onChange={(event) => setPicked(event.target.value)}
          >
            {pending.map((id) => (
              <option key={id} value={id}>
                {names.team(id)}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor="skip-turn-reason">{t('control.skipTurn.reason')}</label>
      <input
        id="skip-turn-reason"
        data-testid="skip-turn-reason"
        value={reason}
        maxLength={LIMITS.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button
        type="button"
        className="secondary"
        data-testid="skip-turn"
        disabled={!allowed || command.pending}
        onClick={() => void skip()}
      >
        {team === undefined
          ? t('control.skipTurn.nobody')
          : t('control.skipTurn.skip', { team: names.team(team) })}
      </button>
      <CommandError error={command.error} />
    </div>
  );
}
