import type { ReactNode } from 'react';
import type { ScenarioSummary } from '@borderline/shared';
import { useTranslation } from 'react-i18next';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { listOf } from './format-words';

interface ScenarioCardProps {
  scenario: ScenarioSummary;
  /** Whether the create form has this scenario chosen (marked by a border and the checked radio). */
  chosen?: boolean;
  /** The control that chooses it, shown under the title. */
  children?: ReactNode;
}

/**
 * A scenario of the catalogue: its summary, audience, size, the lengths of
 * its formats (a scenario is played in several), objectives, teams and source.
 */
export function ScenarioCard({ scenario, chosen = false, children }: ScenarioCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `scenario-${scenario.id}`;
  return (
    <article
      className={chosen ? 'scenario scenario-chosen' : 'scenario'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{localize(scenario.title, language)}</h2>
      {children}
      <p className="summary">{localize(scenario.summary, language)}</p>
      <dl className="facts">
        {/* A sentence or two, not a figure: it takes the whole row, the figures share the next. */}
        <div className="facts-wide" data-testid={`scenario-audience-${scenario.id}`}>
          <dt>{t('scenario.audience')}</dt>
          <dd>{localize(scenario.audience, language)}</dd>
        </div>
        <div>
          <dt>{t('scenario.players')}</dt>
          <dd>
            {scenario.players.min}–{scenario.players.max}
          </dd>
        </div>
        <div>
          <dt>{t('start.card.formats', { count: Math.max(scenario.formats.length, 1) })}</dt>
          <dd data-testid={`scenario-durations-${scenario.id}`}>
            {scenario.formats.length === 0
              ? t('scenario.minutes', { count: scenario.durationMinutes })
              : t('start.card.formatMinutes', {
                  count: scenario.formats[scenario.formats.length - 1]?.minutes ?? 0,
                  list: listOf(
                    language,
                    'disjunction',
                    scenario.formats.map((format) => String(format.minutes)),
                  ),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('scenario.moves')}</dt>
          <dd>
            {scenario.hasPracticeMove
              ? t('scenario.moveCount', { count: scenario.moves, context: 'practice' })
              : t('scenario.moveCount', { count: scenario.moves })}
          </dd>
        </div>
      </dl>
      <h3>{t('scenario.objectives')}</h3>
      <ul>
        {scenario.learningObjectives.map((objective) => (
          <li key={objective.id}>
            <span className="tag">{t(`scenario.objectiveKind.${objective.kind}`)}</span>{' '}
            {localize(objective.text, language)}
          </li>
        ))}
      </ul>
      <h3>{t('scenario.teams')}</h3>
      <ul>
        {scenario.teams.map((team) => (
          <li key={team.id}>
            <strong>{localize(team.name, language)}</strong>: {localize(team.role, language)}
          </li>
        ))}
      </ul>
      <p className="citation">
        {t('scenario.source')}: {scenario.source.author}, “{scenario.source.title}”,{' '}
        <cite>{scenario.source.publication}</cite>, {scenario.source.year}.
      </p>
    </article>
  );
}
