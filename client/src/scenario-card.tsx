import type { Language, ScenarioSummary } from '@borderline/shared';
import { localize } from './localize';
import { ui } from './ui-text';

interface ScenarioCardProps {
  scenario: ScenarioSummary;
  language: Language;
}

export function ScenarioCard({ scenario, language }: ScenarioCardProps) {
  const t = ui[language];
  const headingId = `scenario-${scenario.id}`;
  return (
    <article className="scenario" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(scenario.title, language)}</h2>
      <p className="summary">{localize(scenario.summary, language)}</p>
      <dl className="facts">
        <div>
          <dt>{t.audience}</dt>
          <dd>{localize(scenario.audience, language)}</dd>
        </div>
        <div>
          <dt>{t.players}</dt>
          <dd>
            {scenario.players.min}–{scenario.players.max}
          </dd>
        </div>
        <div>
          <dt>{t.duration}</dt>
          <dd>{t.minutes(scenario.durationMinutes)}</dd>
        </div>
        <div>
          <dt>{t.moves}</dt>
          <dd>{t.moveCount(scenario.moves, scenario.hasPracticeMove)}</dd>
        </div>
      </dl>
      <h3>{t.objectives}</h3>
      <ul>
        {scenario.learningObjectives.map((objective) => (
          <li key={objective.id}>
            <span className="tag">{t.objectiveKind[objective.kind]}</span>{' '}
            {localize(objective.text, language)}
          </li>
        ))}
      </ul>
      <h3>{t.teams}</h3>
      <ul>
        {scenario.teams.map((team) => (
          <li key={team.id}>
            <strong>{localize(team.name, language)}</strong>: {localize(team.role, language)}
          </li>
        ))}
      </ul>
      <p className="citation">
        {t.source}: {scenario.source.author}, “{scenario.source.title}”,{' '}
        <cite>{scenario.source.publication}</cite>, {scenario.source.year}.
      </p>
    </article>
  );
}
