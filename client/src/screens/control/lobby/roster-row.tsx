import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView, RosterEntry } from '@borderline/shared';
import { CommandError } from '../../../components/command-error';
import { useCommand } from '../../../exercise/use-command';
import type { Names } from '../../../exercise/view-names';
import { useProposedValue } from '../use-proposed-value';
import { AbsentIcon, Glyph, PresentIcon } from '../../../components/icons';

const OBSERVER = 'observer';

/**
 * One person in the lobby: where they sit, whether they lead and are
 * connected, and Control's seating actions. Removing asks once more, next
 * to the button, since the player's seat token stops working for good.
 */
export function RosterRow({
  view,
  entry,
  names,
}: {
  view: ExerciseView;
  entry: RosterEntry;
  names: Names;
}) {
  const { t } = useTranslation();
  const command = useCommand();
  const [confirming, setConfirming] = useState(false);
  const seat = useProposedValue(entry.team ?? OBSERVER);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const role = entry.isBot
    ? t('control.roster.roleBot')
    : entry.isLead
      ? t('control.roster.roleLead')
      : entry.team === null
        ? t('control.roster.roleObserver')
        : t('control.roster.roleMember');

  return (
    <tr data-testid={`player-${entry.id}`} data-team={entry.team ?? OBSERVER}>
      <th scope="row">{names.entry(entry)}</th>
      <td>{names.team(entry.team)}</td>
      <td>{role}</td>
      <td>
        <span className={entry.connected ? 'control-online' : 'control-offline'}>
          <Glyph icon={entry.connected ? PresentIcon : AbsentIcon} />
          {entry.connected ? t('control.roster.connected') : t('control.roster.disconnected')}
        </span>
      </td>
      <td>
        {entry.isBot ? (
          <span className="control-hint">{t('control.roster.botHint')}</span>
        ) : (
          <div className="control-row-actions">
            <label className="visually-hidden" htmlFor={`move-${entry.id}`}>
              {t('control.roster.moveLabel', { name: entry.name })}
            </label>
            <select
              id={`move-${entry.id}`}
              data-testid={`move-${entry.id}`}
              value={seat.shown}
              disabled={command.pending}
              onChange={async (event) => {
                const chosen = event.target.value;
                seat.propose(chosen);
                const team = chosen === OBSERVER ? null : chosen;
                if (!(await command.send({ type: 'lobby.movePlayer', player: entry.id, team })))
                  seat.withdraw();
              }}
            >
              {view.scenario.teams.map((team) => (
                // A bot's seat takes no people: the server would refuse.
                <option
                  key={team.id}
                  value={team.id}
                  disabled={view.seats[team.id] === 'bot' && entry.team !== team.id}
                >
                  {view.seats[team.id] === 'bot'
                    ? t('control.roster.teamWithBot', { team: names.team(team.id) })
                    : names.team(team.id)}
                </option>
              ))}
              <option value={OBSERVER}>{t('common.observers')}</option>
            </select>
            <button
              type="button"
              className="secondary"
              data-testid={`make-lead-${entry.id}`}
              disabled={command.pending || entry.team === null || entry.isLead}
              onClick={() => void command.send({ type: 'lobby.makeLead', player: entry.id })}
            >
              {/* The name is heard, not seen: the spoken name starts with the visible words. */}
              {t('control.roster.makeLead')}
              <span className="visually-hidden">
                {t('control.roster.whom', { name: entry.name })}
              </span>
            </button>
            {!confirming && (
              <button
                type="button"
                className="secondary"
                data-testid={`remove-${entry.id}`}
                disabled={command.pending}
                onClick={() => setConfirming(true)}
              >
                {t('control.roster.remove')}
                <span className="visually-hidden">
                  {t('control.roster.whom', { name: entry.name })}
                </span>
              </button>
            )}
            {confirming && (
              <div className="control-confirm" role="group" aria-label={t('control.roster.remove')}>
                <p>{t('control.roster.removeConfirmText', { name: entry.name })}</p>
                <button
                  ref={confirmRef}
                  type="button"
                  className="danger"
                  data-testid={`remove-confirm-${entry.id}`}
                  disabled={command.pending}
                  onClick={async () => {
                    if (await command.send({ type: 'lobby.removePlayer', player: entry.id }))
                      setConfirming(false);
                  }}
                >
                  {t('control.roster.removeConfirm', { name: entry.name })}
                </button>
                <button
                  type="button"
                  className="secondary"
                  data-testid={`remove-cancel-${entry.id}`}
                  onClick={() => setConfirming(false)}
                >
                  {t('control.cancel')}
                </button>
              </div>
            )}
          </div>
        )}
        <CommandError error={command.error} />
      </td>
    </tr>
  );
}
