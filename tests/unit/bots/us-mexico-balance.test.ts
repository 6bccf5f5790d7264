import path from 'node:path';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { describe, expect, it } from 'vitest';
import { explainedShare, totalVariation } from '../../../server/src/simulate/balance';
import { describeBalance } from './describe-balance';

/**
 * The balance measures, and the balance of the first scenario in its full
 * format (the 90-minute format has its own file, so the two run in parallel).
 * The figures are deterministic for a seed.
 */
const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));

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

describeBalance(scenario, 'full');
