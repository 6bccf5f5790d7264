import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useQrCode } from '../../components/use-qr-code';
import { useNames } from '../../exercise/view-names';

/** Names shown per team before "and N more": a full class would not fit on the screen. */
const NAMES_SHOWN = 4;

/**
 * The lobby on the room's screen: how to join (the code, the link and its
 * QR code, once this browser knows the code) in the largest type, and how
 * each team fills.
 */
export function ProjectorLobby({
  view,
  joinCode,
}: {
  view: ExerciseView;
  joinCode: string | null;
}) {
  const { t } = useTranslation();
  const names = useNames(view);
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const joinUrl = joinCode === null ? null : `${origin}/join/${joinCode}`;
  const qr = useQrCode(joinUrl);
  // Observers do not count: the room wants to see the teams fill.
  const people = view.roster.filter((entry) => !entry.isBot && entry.team !== null);
  return (
    <div className="projector-lobby" data-testid="projector-lobby">
      <section className="projector-join" aria-labelledby="projector-join-title">
        <h2 id="projector-join-title">{t('screen.lobby.title')}</h2>
        {joinCode === null || joinUrl === null ? (
          <p>{t('screen.lobby.noCode')}</p>
        ) : (
          <>
            <p>{t('screen.lobby.goTo', { url: `${origin}/join` })}</p>
            <p className="projector-code" data-testid="projector-join-code">
              <span className="visually-hidden">{t('screen.lobby.code')}: </span>
              {joinCode}
            </p>
            <p className="projector-url">{joinUrl}</p>
          </>
        )}
        {view.exercise.locked && <p className="projector-locked">{t('screen.lobby.locked')}</p>}
        <h3>{t('screen.lobby.joined', { count: people.length })}</h3>
        <ul className="projector-teams">
          {view.scenario.teams.map((team) => {
            const members = people.filter((entry) => entry.team === team.id);
            const shown = members.slice(0, NAMES_SHOWN).map((entry) => entry.name);
            const more = members.length - shown.length;
            return (
              <li key={team.id} data-team={team.id}>
                <strong>{names.team(team.id)}</strong>{' '}
                {view.seats[team.id] === 'bot' ? (
                  <span className="projector-muted">{t('screen.lobby.bot')}</span>
                ) : members.length === 0 ? (
                  <span className="projector-muted">{t('screen.lobby.nobody')}</span>
                ) : (
                  <span>
                    <span className="projector-muted">
                      {t('screen.projector.players', { count: members.length })}:
                    </span>{' '}
                    {shown.join(', ')}
                    {more > 0 && ` ${t('screen.projector.andMore', { count: more })}`}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {qr !== null && joinUrl !== null && (
        <img
          className="projector-qr"
          data-testid="projector-qr"
          src={qr}
          alt={t('screen.lobby.qr', { url: joinUrl })}
        />
      )}
    </div>
  );
}
