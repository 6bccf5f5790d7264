import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExerciseView, Language } from '@borderline/shared';
import { GlossaryText } from '../../components/glossary-text';
import { seatHref } from '../../components/glossary-context';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { GlossaryList } from './glossary-list';
import { roleSheetOf, type SheetTeam } from './role-sheet-model';
import { SourceList } from './source-list';
import './materials.css';

/**
 * A seat's role sheet, on screen and printed on A4: the team's role, the
 * briefings, its objectives, its action cards in short, the exercise's
 * learning objectives, the glossary and the sources. Control's sheet holds
 * every team's, secrets included; a player's, only its own team's.
 */
export function RoleSheetPage({ view, control }: { view: ExerciseView; control: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sheet = roleSheetOf(view);
  const back = (
    <Link href={seatHref(view.exercise.id, control)}>
      {control ? t('materials.back.control') : t('materials.back.room')}
    </Link>
  );
  if (sheet === null) {
    return (
      <main id="content" className="materials">
        <p className="materials-back">{back}</p>
        <h1>{t('materials.sheet.noneTitle')}</h1>
        <p>{t('materials.sheet.none')}</p>
      </main>
    );
  }
  const own = sheet.kind === 'team' ? sheet.teams[0] : undefined;
  return (
    <main
      id="content"
      className="materials role-sheet"
      data-testid="role-sheet"
      data-sheet={sheet.kind}
    >
      <div className="materials-toolbar">
        <p className="materials-back">{back}</p>
        <button type="button" onClick={() => window.print()}>
          {t('materials.sheet.print')}
        </button>
      </div>
      <header className="role-sheet-head">
        <p className="role-sheet-scenario">{localize(sheet.title, language)}</p>
        <h1>
          {own === undefined
            ? t('materials.sheet.controlTitle')
            : t('materials.sheet.title', { team: localize(own.name, language) })}
        </h1>
        <p className="role-sheet-note">
          {sheet.kind === 'control'
            ? t('materials.sheet.controlNote')
            : t('materials.sheet.teamNote')}
        </p>
      </header>
      <section className="role-sheet-situation" aria-labelledby="sheet-situation">
        <h2 id="sheet-situation">{t('materials.sheet.situation')}</h2>
        <p>
          <GlossaryText text={localize(sheet.summary, language)} />
        </p>
      </section>
      {sheet.teams.map((team) => (
        <TeamPart
          key={team.id}
          team={team}
          language={language}
          control={sheet.kind === 'control'}
        />
      ))}
      <section className="role-sheet-learning" aria-labelledby="sheet-learning">
        <h2 id="sheet-learning">{t('materials.sheet.learningObjectives')}</h2>
        <ol>
          {sheet.learningObjectives.map((objective) => (
            <li key={objective.id}>{localize(objective.text, language)}</li>
          ))}
        </ol>
      </section>
      <GlossaryList glossary={sheet.glossary} />
      <SourceList source={sheet.source} otherSources={sheet.otherSources} />
    </main>
  );
}

function TeamPart({
  team,
  language,
  control,
}: {
  team: SheetTeam;
  language: Language;
  control: boolean;
}) {
  const { t } = useTranslation();
  const name = localize(team.name, language);
  const heading = `sheet-team-${team.id}`;
  return (
    <section className="role-sheet-team" data-team={team.id} aria-labelledby={heading}>
      {control && <h2 id={heading}>{name}</h2>}
      {!control && (
        <h2 id={heading} className="visually-hidden">
          {name}
        </h2>
      )}
      <h3>{t('materials.sheet.role')}</h3>
      <p>
        <GlossaryText text={localize(team.role, language)} />
      </p>
      <h3>{t('materials.sheet.publicBriefing')}</h3>
      <p>
        <GlossaryText text={localize(team.publicBriefing, language)} />
      </p>
      <div className="role-sheet-secret" data-testid="sheet-secret-briefing">
        <h3>{t('materials.sheet.secretBriefing')}</h3>
        <p className="role-sheet-secret-note">
          {control ? t('materials.sheet.secretNoteControl') : t('materials.sheet.secretNote')}
        </p>
        <p>
          <GlossaryText text={localize(team.secretBriefing, language)} />
        </p>
      </div>
      <h3>{t('materials.sheet.objectives')}</h3>
      <ul className="role-sheet-objectives">
        {team.objectives.map((objective) => (
          <li key={objective.id}>
            {localize(objective.text, language)}{' '}
            <span className="role-sheet-tag">
              {objective.visibility === 'secret'
                ? t('materials.sheet.secret')
                : t('materials.sheet.public')}
              {' · '}
              {t('materials.sheet.weight', { count: objective.weight })}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('materials.sheet.cards', { count: team.cards.length })}</h3>
      <ul className="role-sheet-cards">
        {team.cards.map((card) => (
          <li key={card.id} data-card={card.id}>
            <p className="role-sheet-card-head">
              <strong>{localize(card.name, language)}</strong>{' '}
              <span className="role-sheet-tag">
                {card.visibility === 'covert'
                  ? t('materials.sheet.covert')
                  : t('materials.sheet.publicCard')}
                {' · '}
                {t('materials.sheet.odds', { percent: card.baseOdds })}
              </span>
            </p>
            <p>
              <GlossaryText text={localize(card.description, language)} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
