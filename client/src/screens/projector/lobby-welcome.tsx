import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useLanguage } from '../../i18n/use-language';
import { teamName } from '../hotwash/view-names';
import { useQrCode } from '../../components/use-qr-code';

/**
 * The lobby on the room's screen: how to join (the code, the link and its
 * QR code, when this browser knows the code) and who has joined so far.
 */
export function LobbyWelcome({ view, joinCode }: { view: ExerciseView; joinCode: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const origin = typeof location === 'undefined' ? '' : location.origin;
  const joinUrl = joinCode === null ? null : `${origin}/join/${joinCode}`;
  const qr = useQrCode(joinUrl);
  // Observers (the projector among them) do not count: the room wants to see the teams fill.
  const people = view.roster.filter((entry) => !entry.isBot && entry.team !== null);
  return (
    <section className="panel projector-lobby" aria-labelledby="projector-join-title">
      <h2 id="projector-join-title">{t('screen.lobby.title')}</h2>
      {joinCode === null || joinUrl === null ? (
        <p>{t('screen.lobby.noCode')}</p>
      ) : (
        <div className="projector-join">
          <div>
            <p>{t('screen.lobby.goTo', { url: `${origin}/join` })}</p>
            <p className="projector-code" data-testid="projector-join-code">
              <span className="visually-hidden">{t('screen.lobby.code')}: </span>
              {joinCode}
            </p>
            <p className="projector-url">{joinUrl}</p>
          </div>
          {qr !== null && (
            <img className="projector-qr" src={qr} alt={t('screen.lobby.qr', { url: joinUrl })} />
          )}
        </div>
      )}
      {view.exercise.locked && <p className="projector-locked">{t('screen.lobby.locked')}</p>}
      <h3>{t('screen.lobby.joined', { count: people.length })}</h3>
      <ul className="projector-teams">
        {view.scenario.teams.map((team) => {
          const members = people.filter((entry) => entry.team === team.id);
          const bot = view.seats[team.id] === 'bot';
          return (
            <li key={team.id} data-team={team.id}>
              <strong>{teamName(view, team.id, language)}</strong>:{' '}
              {bot
                ? t('screen.lobby.bot')
                : members.length === 0
                  ? t('screen.lobby.nobody')
                  : members.map((entry) => entry.name).join(', ')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
