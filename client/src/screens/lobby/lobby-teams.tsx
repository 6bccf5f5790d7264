import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { useNames } from '../../exercise/view-names';
import { LobbyPerson } from './lobby-person';
import { membersOf } from './lobby-people';

/** Every team with who is there (leads first), how its seat is played, then the observers. */
export function LobbyTeams({ view, ownId }: { view: ExerciseView; ownId: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = useNames(view);
  const observers = membersOf(view.roster, null);
  return (
    <section className="lobby-teams" aria-labelledby="lobby-teams-title">
      <h2 id="lobby-teams-title">{t('lobby.teams')}</h2>
      <div className="lobby-team-grid">
        {view.scenario.teams.map((team) => {
          const members = membersOf(view.roster, team.id);
          const seat = view.seats[team.id] ?? 'empty';
          const own = view.team?.id === team.id;
          return (
            <section
              key={team.id}
              className={own ? 'panel lobby-team lobby-team-own' : 'panel lobby-team'}
              data-testid={`lobby-team-${team.id}`}
              aria-labelledby={`lobby-team-${team.id}-name`}
              style={team.color === null ? undefined : { borderTopColor: team.color }}
            >
              <h3 id={`lobby-team-${team.id}-name`}>{localize(team.name, language)}</h3>
              <p className="lobby-team-role">{localize(team.role, language)}</p>
              <p className="lobby-seat-kind">{t(`lobby.seatKind.${seat}`)}</p>
              {members.length === 0 ? (
                <p className="lobby-nobody">{t('lobby.nobody')}</p>
              ) : (
                <ul className="lobby-people">
                  {members.map((entry) => (
                    <LobbyPerson
                      key={entry.id}
                      entry={entry}
                      name={names.entry(entry)}
                      own={entry.id === ownId}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
        <section
          className="panel lobby-team lobby-observers"
          data-testid="lobby-observers"
          aria-labelledby="lobby-observers-name"
        >
          <h3 id="lobby-observers-name">{t('common.observers')}</h3>
          {observers.length === 0 ? (
            <p className="lobby-nobody">{t('lobby.noObservers')}</p>
          ) : (
            <ul className="lobby-people">
              {observers.map((entry) => (
                <LobbyPerson
                  key={entry.id}
                  entry={entry}
                  name={names.entry(entry)}
                  own={entry.id === ownId}
                />
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
