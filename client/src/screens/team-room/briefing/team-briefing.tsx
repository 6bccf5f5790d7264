import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';
import { ObjectivesList } from './objectives-list';
import { GlossaryText } from '../../../components/glossary-text';
import { Glyph, SecretIcon } from '../../../components/icons';

/**
 * Who the team is: its role, the briefing every team reads, the secret one
 * only it reads (marked so in words and by a frame), its objectives, and
 * the other teams' public faces.
 */
export function TeamBriefing({
  view,
  ownTeam,
  names,
}: {
  view: ExerciseView;
  ownTeam: string | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const { language } = names;
  const team = view.scenario.teams.find((candidate) => candidate.id === ownTeam);
  const others = view.scenario.teams.filter((candidate) => candidate.id !== ownTeam);
  return (
    <section
      id="briefing"
      className="panel tr-briefing"
      data-testid="team-briefing"
      aria-labelledby="briefing-title"
    >
      <h2 id="briefing-title">
        {team === undefined
          ? t('team.briefing.title')
          : t('team.briefing.yourTeam', { team: localize(team.name, language) })}
      </h2>
      {team !== undefined && (
        <>
          <p className="tr-role">
            <strong>{t('team.briefing.role')}:</strong> {localize(team.role, language)}
          </p>
          {/* Read in the lobby already, and the same for every team: folded, so the secret one shows first. */}
          <details className="tr-public-briefing">
            <summary>
              <h3>{t('team.briefing.public')}</h3>
            </summary>
            <p>
              <GlossaryText text={localize(team.publicBriefing, language)} />
            </p>
          </details>
        </>
      )}
      {view.team !== null && (
        <div className="tr-secret" data-testid="secret-briefing">
          <h3>
            <Glyph icon={SecretIcon} />
            {t('team.briefing.secret')}
          </h3>
          <p className="tr-secret-note">{t('team.briefing.secretNote')}</p>
          <p>
            <GlossaryText text={localize(view.team.secretBriefing, language)} />
          </p>
        </div>
      )}
      <ObjectivesList
        objectives={view.team?.objectives ?? team?.objectives ?? []}
        language={language}
      />
      {others.length > 0 && (
        <details className="tr-other-teams">
          <summary>{t('team.briefing.otherTeams')}</summary>
          {others.map((other) => (
            <div key={other.id}>
              <h3>{names.team(other.id)}</h3>
              <p>
                <strong>{t('team.briefing.role')}:</strong> {localize(other.role, language)}
              </p>
              <p>{localize(other.publicBriefing, language)}</p>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
