import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { describe, expect, it } from 'vitest';
import { balance, explainedShare, totalVariation } from '../../../server/src/simulate/balance';
import { checkBalance } from '../../../server/src/simulate/balance-targets';

/**
 * Balance of the first scenario, played by bots in its full and 90-minute
 * formats: the targets of issue 10 that the model meets today are asserted
 * here; the ones it does not meet yet are listed as todos (and in the
 * README), never asserted loosely. The figures are deterministic for a seed.
 */
const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));
const RUNS = 300;

describe('balance measures', () => {
  it('computes the total variation distance of two distributions', () => {
    expect(totalVariation({ a: 0.5, b: 0.5 }, { a: 0.5, b: 0.5 })).toBe(0);
    expect(totalVariation({ a: 1 }, { b: 1 })).toBe(1);
    expect(totalVariation({ a: 0.6, b: 0.4 }, { a: 0.2, b: 0.8 })).toBe(0.4);
  });

  it('says how much of the ending the combinations explain', () => {
    const combination = (endings: Record<string, number>) => ({ temperaments: {}, endings });
    // Each combination decides the ending: all of its uncertainty is explained.
    expect(explainedShare([combination({ a: 1 }), combination({ b: 1 })])).toBe(1);
    // Every combination ends alike: nothing is explained.
    expect(explainedShare([combination({ a: 0.5, b: 0.5 }), combination({ a: 0.5, b: 0.5 })])).toBe(
      0,
    );
  });
});

/**
 * The targets each format meets today (asserted), by check id; every other
 * target of `checkBalance` is a todo, named with the figure it has now.
 */
const MET: Record<string, string[]> = {
  full: [
    'rarest-ending',
    'tvd:washington',
    'tvd:mexico-city',
    'modifiers',
    'rare-cards',
    'dominant-cards',
  ],
  'seminar-90': ['rarest-ending', 'tvd:washington', 'rare-cards', 'dominant-cards'],
};

describe.each(Object.keys(MET))('us-mexico-2026 balance, format %s', (format) => {
  const report = balance(scenario, { runs: RUNS, seed: 2026, format, gridRuns: 60 });
  const checks = checkBalance(report);
  const met = new Set(MET[format]);

  it('reports every ending, team, combination, card and modifier', () => {
    expect(report.format).toBe(format);
    expect(Object.keys(report.endings).sort()).toEqual(
      scenario.endings.map((ending) => ending.id).sort(),
    );
    expect(report.combinations).toHaveLength(27);
    expect(Object.keys(report.tvd).sort()).toEqual(scenario.teams.map((team) => team.id).sort());
    expect(Object.keys(report.cards)).toHaveLength(scenario.actions.length);
    const modifiers = scenario.actions.reduce((sum, card) => sum + card.odds.modifiers.length, 0);
    expect(Object.keys(report.modifiers)).toHaveLength(modifiers);
  });

  for (const check of checks) {
    if (met.has(check.id)) {
      it(`meets: ${check.target}`, () => {
        expect(check.holds, `${check.target}: ${check.detail}`).toBe(true);
      });
    } else {
      it.todo(`not yet met: ${check.target} (${check.detail})`);
    }
  }
});
