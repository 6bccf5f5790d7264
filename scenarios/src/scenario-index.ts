import type { InjectCard, Scenario, Track } from '@borderline/shared';

/** Lookups the checks share: what the scenario defines, by id. */
export interface ScenarioIndex {
  tracks: Map<string, Track>;
  teams: Set<string>;
  actions: Set<string>;
  injects: Map<string, InjectCard>;
  learningObjectives: Set<string>;
  moves: Set<number>;
  /** The highest move number (0 when only a practice move exists). */
  lastMove: number;
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const moveNumbers = scenario.moves.map((move) => move.number);
  return {
    tracks: new Map(scenario.tracks.map((track) => [track.id, track])),
    teams: new Set(scenario.teams.map((team) => team.id)),
    actions: new Set(scenario.actions.map((action) => action.id)),
    injects: new Map(scenario.injects.map((inject) => [inject.id, inject])),
    learningObjectives: new Set(scenario.learningObjectives.map((objective) => objective.id)),
    moves: new Set(moveNumbers),
    lastMove: Math.max(0, ...moveNumbers),
  };
}

/** `"a", "b", "c"` for messages that list what would have been valid. */
export function listIds(ids: Iterable<string | number>): string {
  return [...ids].map((id) => (typeof id === 'number' ? `${id}` : `"${id}"`)).join(', ');
}
