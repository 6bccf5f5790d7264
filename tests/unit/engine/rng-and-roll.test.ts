import { describe, expect, it } from 'vitest';
import { hashSeed, nextDie, nextFloat, seedRng } from '../../../server/src/engine';
import { nextUint32 } from '../../../server/src/engine/rules/rng';
import { rollAgainst } from '../../../server/src/engine/rules/roll';

describe('seeded rng (sfc32)', () => {
  it('gives the same sequence for the same seed, and a different one for another', () => {
    const draw = (seed: number) => {
      let state = seedRng(seed);
      const values: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        let value: number;
        [value, state] = nextUint32(state);
        values.push(value);
      }
      return values;
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps its state as four plain 32-bit numbers that survive JSON', () => {
    const state = seedRng(123);
    expect(state).toHaveLength(4);
    for (const word of state)
      expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it('draws floats in [0, 1) and dice faces in 1..sides, roughly evenly', () => {
    let state = seedRng(9);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i += 1) {
      let value: number;
      [value, state] = nextDie(state, 10);
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(10);
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
    const [float] = nextFloat(seedRng(1));
    expect(float).toBeGreaterThanOrEqual(0);
    expect(float).toBeLessThan(1);
  });

  it('derives stable, distinct seeds from parts', () => {
    expect(hashSeed(1, 'washington', 2)).toBe(hashSeed(1, 'washington', 2));
    expect(hashSeed(1, 'washington', 2)).not.toBe(hashSeed(1, 'washington', 3));
    expect(hashSeed('a', 'bc')).not.toBe(hashSeed('ab', 'c'));
  });
});

describe('rollAgainst', () => {
  const rng = seedRng(5);

  it('casts no die when the outcome is certain', () => {
    expect(rollAgainst(0, rng)).toEqual({ outcome: 'failure', roll: null, rng });
    expect(rollAgainst(-5, rng)).toEqual({ outcome: 'failure', roll: null, rng });
    expect(rollAgainst(100, rng)).toEqual({ outcome: 'success', roll: null, rng });
  });

  it('succeeds when the d100 roll is at most the odds, and advances the rng', () => {
    const result = rollAgainst(50, rng);
    expect(result.roll).not.toBeNull();
    expect(result.outcome).toBe((result.roll ?? 101) <= 50 ? 'success' : 'failure');
    expect(result.rng).not.toEqual(rng);
  });

  it('reuses a roll already cast, without drawing', () => {
    expect(rollAgainst(40, rng, 40)).toEqual({ outcome: 'success', roll: 40, rng });
    expect(rollAgainst(40, rng, 41)).toEqual({ outcome: 'failure', roll: 41, rng });
  });
});
