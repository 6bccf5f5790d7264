import { describe, expect, it } from 'vitest';
import type { ExerciseInput } from '../../../../server/src/engine';
import { indexScenario, seedRng } from '../../../../server/src/engine';
import { createInitialContext } from '../../../../server/src/engine/rules/initial-context';
import { makeFixture } from '../../../fixtures/engine/fixture-scenario';
import { index, START } from './helpers';

const DEFAULT_TIMING = {
  briefingMinutes: 5,
  deliberationMinutes: 10,
  decisionMinutes: 4,
  hotwashMinutes: 15,
};

/** A scenario without formats plays every move with its own timing and rules. */
const STANDARD_CONFIG = {
  format: 'standard',
  moves: [0, 1, 2],
  decisionMode: 'sequential',
  skipPractice: false,
  timing: DEFAULT_TIMING,
};

describe('createInitialContext', () => {
  it('starts every track at its start value, in a copy of the index', () => {
    const context = createInitialContext(index, { seed: 7 });
    expect(context.tracks).toEqual(START);
    expect(context.tracks).not.toBe(index.startTracks);
    expect(context.trackHistory).toEqual([{ move: 0, label: 'start', tracks: START }]);
  });

  it('opens in the lobby, at the practice move, with nothing played', () => {
    expect(createInitialContext(index, { seed: 7 })).toMatchObject({
      scenarioId: 'engine-fixture',
      scenarioVersion: 1,
      phase: 'lobby',
      move: 0,
      turn: 0,
      timer: null,
      pausedAt: null,
      injects: [],
      pendingTriggers: [],
      decisions: [],
      outcomes: [],
      review: null,
      adjudications: [],
      overrides: [],
      narrative: [],
      ending: null,
      scores: null,
      reflections: [],
    });
  });

  it('seeds the random source from the seed, so equal seeds give equal states', () => {
    const seven = createInitialContext(index, { seed: 7 });
    expect(seven.seed).toBe(7);
    expect(seven.rng).toEqual(seedRng(7));
    expect(createInitialContext(index, { seed: 7 }).rng).toEqual(seven.rng);
    expect(createInitialContext(index, { seed: 8 }).rng).not.toEqual(seven.rng);
  });

  it('keeps the seed as an unsigned 32-bit integer', () => {
    const negative = createInitialContext(index, { seed: -1 });
    expect(negative.seed).toBe(4_294_967_295);
    expect(negative.rng).toEqual(seedRng(4_294_967_295));
    expect(createInitialContext(index, { seed: 2 ** 32 + 5 }).seed).toBe(5);
  });

  it('defaults the seed to 0 when XState builds a context without input', () => {
    const context = createInitialContext(index, undefined as unknown as ExerciseInput);
    expect(context.seed).toBe(0);
    expect(context.rng).toEqual(seedRng(0));
    expect(context.config).toEqual(STANDARD_CONFIG);
  });

  it("defaults the config to the scenario's timing and playing the practice move", () => {
    const context = createInitialContext(index, { seed: 1 });
    expect(context.config).toEqual(STANDARD_CONFIG);
    expect(context.config.timing).not.toBe(index.scenario.timing);
  });

  it("merges a partial timing over the scenario's", () => {
    const context = createInitialContext(index, {
      seed: 1,
      config: { timing: { decisionMinutes: 2, hotwashMinutes: 30 } },
    });
    expect(context.config.timing).toEqual({
      ...DEFAULT_TIMING,
      decisionMinutes: 2,
      hotwashMinutes: 30,
    });
  });

  it('starts at move 1 when the practice move is skipped or absent', () => {
    const skipped = createInitialContext(index, { seed: 1, config: { skipPractice: true } });
    expect(skipped.config.skipPractice).toBe(true);
    expect(skipped.move).toBe(1);
    expect(skipped.trackHistory[0]).toMatchObject({ move: 1, label: 'start' });
    const noPractice = indexScenario(makeFixture({ practice: false }));
    expect(createInitialContext(noPractice, { seed: 1 }).move).toBe(1);
  });

  // ExerciseInput allows `timing: { decisionMinutes: undefined }` (Partial<Timing>);
  // a plain spread would turn the deadline into NaN, which never passes.
  it('keeps the default of a timing field given as undefined', () => {
    const context = createInitialContext(index, {
      seed: 1,
      config: { skipPractice: undefined, timing: { decisionMinutes: undefined } },
    });
    expect(context.config.skipPractice).toBe(false);
    expect(context.config.timing).toEqual(DEFAULT_TIMING);
  });

  it("takes the format's moves, decision mode and timing, the first format by default", () => {
    const base = makeFixture();
    const format = (id: string, moves: number[], decisionMode: 'sequential' | 'simultaneous') => ({
      id,
      name: { en: id },
      description: { en: id },
      minutes: 60,
      moves,
      decisionMode,
      timing: { ...DEFAULT_TIMING, deliberationMinutes: moves.length, resultsMinutes: 2 },
      omitInjects: [],
    });
    const formats = indexScenario({
      ...base,
      formats: [format('long', [0, 1, 2], 'sequential'), format('short', [2], 'simultaneous')],
    });
    expect(createInitialContext(formats, { seed: 1 }).config).toMatchObject({
      format: 'long',
      moves: [0, 1, 2],
      timing: { ...DEFAULT_TIMING, deliberationMinutes: 3 },
    });
    const short = createInitialContext(formats, {
      seed: 1,
      config: { format: 'short', timing: { hotwashMinutes: 9 } },
    });
    expect(short.config).toEqual({
      format: 'short',
      moves: [2],
      decisionMode: 'simultaneous',
      skipPractice: false,
      timing: { ...DEFAULT_TIMING, deliberationMinutes: 1, hotwashMinutes: 9 },
    });
    expect(short.move).toBe(2);
  });
});
