import { FIRST_DEBRIEF_STAGE, type Timing } from '@borderline/shared';
import type { ExerciseContext, ExerciseInput } from '../exercise-context';
import { firstMove, formatOf, type ScenarioIndex } from '../scenario-index';
import { seedRng } from './rng';

/** The facilitator's timing over the scenario's; a field given as undefined keeps the default. */
function withDefaultTiming(defaults: Timing, overrides: Partial<Timing> | undefined): Timing {
  const timing = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Timing)[]) {
    const value = overrides?.[key];
    if (value !== undefined) timing[key] = value;
  }
  return timing;
}

export function createInitialContext(index: ScenarioIndex, input: ExerciseInput): ExerciseContext {
  const { scenario } = index;
  // XState builds a throwaway initial state without input in some helpers
  // (the pure `transition` function, graph traversal): default the seed.
  const given = input as ExerciseInput | undefined;
  const seed = (given?.seed ?? 0) >>> 0;
  const skipPractice = given?.config?.skipPractice ?? false;
  const format = formatOf(index, { format: given?.config?.format });
  // Control's results time is planned, not clocked: the engine keeps the four clocked phases.
  const { briefingMinutes, deliberationMinutes, decisionMinutes, hotwashMinutes } = format.timing;
  const formatTiming = { briefingMinutes, deliberationMinutes, decisionMinutes, hotwashMinutes };
  const config = {
    format: format.id,
    moves: [...format.moves],
    decisionMode: format.decisionMode,
    skipPractice,
    timing: withDefaultTiming(formatTiming, given?.config?.timing),
  };
  const tracks = { ...index.startTracks };
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    config,
    rng: seedRng(seed),
    phase: 'lobby',
    move: firstMove(index, config),
    turn: 0,
    timer: null,
    pausedAt: null,
    tracks,
    trackHistory: [{ move: firstMove(index, config), label: 'start', tracks }],
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
    knowledgeAttempts: [],
    debriefStage: FIRST_DEBRIEF_STAGE,
  };
}
