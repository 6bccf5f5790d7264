import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../server/src/simulate/simulate';

/**
 * Balance of the first scenario, played by bots: every ending must be
 * reachable, none may dominate, and each team's temperament must change the
 * world visibly (a total variation distance of at least 0.2 between the
 * ending distributions of its hawkish and its cooperative bot).
 */
const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const RUNS = 1000;

function totalVariation(a: Record<string, number>, b: Record<string, number>): number {
  const endings = new Set([...Object.keys(a), ...Object.keys(b)]);
  let sum = 0;
  for (const ending of endings) sum += Math.abs((a[ending] ?? 0) - (b[ending] ?? 0));
  return sum / 2 / RUNS;
}

describe('us-mexico-2026 balance', () => {
  it(`reaches every ending across ${RUNS} games, none in more than 70% of them`, () => {
    const summary = simulate(scenario, { runs: RUNS, seed: 2026 });
    for (const ending of scenario.endings) {
      expect(summary.endings[ending.id] ?? 0, ending.id).toBeGreaterThanOrEqual(1);
      expect(summary.endings[ending.id] ?? 0, ending.id).toBeLessThanOrEqual(0.7 * RUNS);
    }
    expect(summary.endings.none).toBeUndefined();
  });

  it.each(scenario.teams.map((team) => team.id))(
    'changes the endings with the temperament of %s (total variation >= 0.2)',
    (team) => {
      const hawkish = simulate(scenario, {
        runs: RUNS,
        seed: 2026,
        temperaments: { [team]: 'hawkish' },
      });
      const cooperative = simulate(scenario, {
        runs: RUNS,
        seed: 2026,
        temperaments: { [team]: 'cooperative' },
      });
      expect(totalVariation(hawkish.endings, cooperative.endings)).toBeGreaterThanOrEqual(0.2);
    },
  );
});
