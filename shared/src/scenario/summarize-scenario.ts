import type { ScenarioSummary } from '../protocol/http';
import { scenarioFormats } from './format';
import type { Scenario } from './scenario';

/** The public face of a scenario: nothing a team keeps secret. */
export function summarizeScenario(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    audience: scenario.audience,
    languages: scenario.languages,
    source: scenario.source,
    players: scenario.players,
    durationMinutes: scenario.durationMinutes,
    timing: scenario.timing,
    learningObjectives: scenario.learningObjectives,
    teams: scenario.teams.map(({ id, name, role }) => ({ id, name, role })),
    moves: scenario.moves.filter((move) => !move.practice).length,
    hasPracticeMove: scenario.moves.some((move) => move.practice === true),
    formats: scenarioFormats(scenario).map(({ omitInjects: _omitted, ...format }) => ({
      ...format,
      hasPracticeMove: format.moves.includes(0),
    })),
  };
}
