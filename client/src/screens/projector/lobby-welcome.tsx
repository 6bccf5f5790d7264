import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { useNames } from '../../exercise/view-names';

/**
 * The lobby on an observer's screen: who has joined so far. An observer's
 * view carries no join code (the room's projector shows it, from the
 * facilitator's browser), so it says where the code comes from.
 */
export function LobbyWelcome({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const names = useNames(view);
  // Observers do not count: the room wants to see the teams fill.
  const people = view.roster.filter((entry) => !entry.isBot && entry.team !== null);
  return (
    <section className="panel observer-lobby" aria-labelledby="observer-join-title">
      <h2 id="observer-join-title">{t('screen.lobby.title')}</h2>
      <p>{t('screen.lobby.noCode')}</p>
      {view.exercise.locked && <p className="observer-locked">{t('screen.lobby.locked')}</p>}
      <h3>{t('screen.lobby.joined', { count: people.length })}</h3>
      <ul className="observer-teams">
        {view.scenario.teams.map((team) => {
          const members = people.filter((entry) => entry.team === team.id);
          const bot = view.seats[team.id] === 'bot';
          return (
            <li key={team.id} data-team={team.id}>
              <strong>{names.team(team.id)}</strong>:{' '}
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
