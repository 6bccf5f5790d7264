import type { ExerciseContext } from '../exercise-context';
import { firstMove, lastMoveOf, nextMoveAfter, type ScenarioIndex } from '../scenario-index';
import { releaseNow, scheduledAtOpening } from './release-injects';
import { startTimer } from './timer';

/** Opens a move: its injects phase, with the injects scheduled for it released. */
export function openMove(
  index: ScenarioIndex,
  context: ExerciseContext,
  move: number,
  at: number,
): Partial<ExerciseContext> {
  const opened: ExerciseContext = { ...context, move, turn: 0, timer: null, review: null };
  const cards = scheduledAtOpening(index, context.config, move);
  const released = releaseNow(index, opened, cards, { kind: 'scheduled' }, at);
  return { move, turn: 0, timer: null, review: null, ...released };
}

/** The practice move is unscored: afterwards the tracks return to their start values. */
export function finishPractice(index: ScenarioIndex, context: ExerciseContext): ExerciseContext {
  const tracks = { ...index.startTracks };
  return {
    ...context,
    tracks,
    pendingTriggers: [],
    trackHistory: [...context.trackHistory, { move: 0, label: 'practice-reset', tracks }],
  };
}

export function startExercise(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
  skipPractice: boolean | undefined,
): Partial<ExerciseContext> {
  const config = { ...context.config, skipPractice: skipPractice ?? context.config.skipPractice };
  return { config, timer: startTimer(at, config.timing.briefingMinutes) };
}

export function openFirstMove(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
): Partial<ExerciseContext> {
  return openMove(index, context, firstMove(index, context.config), at);
}

/** After the results: the next move (resetting the world after the practice move). */
export function openNextMove(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
): Partial<ExerciseContext> {
  const next =
    nextMoveAfter(index, context.config, context.move) ?? lastMoveOf(index, context.config);
  const base = context.move === 0 ? finishPractice(index, context) : context;
  return { ...base, ...openMove(index, base, next, at) };
}

/** Control skips practice: before the exercise starts it is a setting, during move 0 it jumps to move 1. */
export function skipPractice(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
): Partial<ExerciseContext> {
  const config = { ...context.config, skipPractice: true };
  if (context.phase === 'lobby' || context.phase === 'briefing') return { config };
  return { ...openNextMove(index, context, at), config };
}

export function startDeliberation(context: ExerciseContext, at: number): Partial<ExerciseContext> {
  return { timer: startTimer(at, context.config.timing.deliberationMinutes) };
}

export function startDecisions(context: ExerciseContext, at: number): Partial<ExerciseContext> {
  return { turn: 0, timer: startTimer(at, context.config.timing.decisionMinutes) };
}
