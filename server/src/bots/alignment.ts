import type { Condition, Scenario, Team } from '@borderline/shared';

/** Which way a team wants each track to move, summed over its weighted objectives. */
export function trackLeanings(team: Team): Map<string, number> {
  const leanings = new Map<string, number>();
  const visit = (condition: Condition, weight: number) => {
    switch (condition.type) {
      case 'track': {
        const up = condition.atLeast !== undefined && condition.atMost === undefined;
        const down = condition.atMost !== undefined && condition.atLeast === undefined;
        const direction = up ? 1 : down ? -1 : 0;
        leanings.set(condition.track, (leanings.get(condition.track) ?? 0) + weight * direction);
        break;
      }
      case 'all':
      case 'any':
        for (const part of condition.of) visit(part, weight);
        break;
      case 'not':
        visit(condition.condition, -weight);
        break;
      default:
        break;
    }
  };
  for (const objective of team.objectives) visit(objective.target, objective.weight);
  return leanings;
}

/** How far two teams want the same things (positive) or opposite things (negative). */
export function alignment(a: Team, b: Team): number {
  const leaningsB = trackLeanings(b);
  let total = 0;
  for (const [track, lean] of trackLeanings(a)) total += lean * (leaningsB.get(track) ?? 0);
  return total;
}

/**
 * The teams a bot's temperament is about: its partners (the other teams
 * whose objectives are not opposed to its own), or, for a team opposed to
 * everyone, all the others. A hawkish Washington confronts Mexico City, not
 * just the cartels it fights anyway; a hawkish cartel confronts both
 * governments, a cooperative one lies low towards both.
 */
export function counterparts(scenario: Scenario, team: string): string[] {
  const self = scenario.teams.find((candidate) => candidate.id === team);
  const others = scenario.teams.filter((candidate) => candidate.id !== team);
  if (self === undefined) return others.map((other) => other.id);
  const partners = others.filter((other) => alignment(self, other) >= 0);
  return (partners.length > 0 ? partners : others).map((other) => other.id);
}
