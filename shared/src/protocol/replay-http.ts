import { z } from 'zod';
import type { LocalizedText } from '../scenario/index';
import { ENGINE_COMMAND_TYPES } from './commands';
import { CreateExerciseResponse } from './exercise-http';
import type { Phase } from './machine-states';
import { ExerciseId } from './session';

/**
 * The HTTP bodies of replay and fork (see docs/protocol.md, "Replay and
 * fork"): Control steps through an ended exercise as it was after each
 * accepted engine event, from any recipient's point of view, and starts a
 * new exercise from the opening of any move it reached.
 */

/** Where a forked exercise came from: the original and the move the fork opens with. */
export const ForkOrigin = z.strictObject({
  exerciseId: ExerciseId,
  move: z.number().int().nonnegative(),
});
export type ForkOrigin = z.infer<typeof ForkOrigin>;

/** What a step can be: the exercise as created, or the engine event that made the step. */
export const REPLAY_STEP_TYPES = [
  'created',
  ...ENGINE_COMMAND_TYPES,
  'clock.deadlineReached',
] as const;
export type ReplayStepType = (typeof REPLAY_STEP_TYPES)[number];

/** `:step` of `GET /api/exercises/:id/replay/:step`: 0 (as created) or the number of events applied. */
export const ReplayStepParam = z
  .string('expected a step number')
  .regex(/^\d{1,9}$/, 'expected a step number: 0 or a positive whole number such as 12')
  .transform(Number);

/** Whose eyes a replayed view is computed for: Control, an observer, or a team by its id. */
export const ReplayPerspective = z
  .string('expected "control", "observer" or a team id')
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'expected "control", "observer" or a team id such as "mexico-city"',
  );

/** The query of `GET /api/exercises/:id/replay/:step`: `?as=control` unless given. */
export const ReplayViewQuery = z.strictObject({
  as: ReplayPerspective.default('control'),
});
export type ReplayViewQuery = z.infer<typeof ReplayViewQuery>;

/** One step of a replay: the state after `index` accepted engine events. */
export interface ReplayStep {
  /** 0: the exercise as created; n: after its n-th engine event. */
  index: number;
  /** The stored log's seq of that event (0 for step 0). */
  seq: number;
  /** The move and phase the step left the exercise in. */
  move: number;
  phase: Phase;
  paused: boolean;
  /** When the event was accepted (the creation time for step 0). */
  at: number;
  type: ReplayStepType;
  /** The team the event was about (a decision, a dilemma choice, a skipped turn), else null. */
  team: string | null;
  /** What else the event names: an inject, a track, an action, an ending, a dilemma option; else null. */
  subject: string | null;
  /** The subject's name in the scenario (an inject's title, a track's name...); null for actions. */
  subjectName: LocalizedText | null;
  /** A short description in English, for logs and programs; the client words its own. */
  label: string;
}

/** A run of consecutive steps in one move and phase: where "next phase" jumps to. */
export interface ReplayPhaseSpan {
  move: number;
  phase: Phase;
  /** The first and the last step of the run. */
  first: number;
  last: number;
}

/** A move a fork may start from, and the step its history ends with (the move's opening). */
export interface ReplayForkPoint {
  move: number;
  step: number;
}

/** `GET /api/exercises/:id/replay` (facilitator key header): the steps of an ended exercise. */
export interface ReplayTimelineResponse {
  exerciseId: string;
  scenarioId: string;
  title: LocalizedText;
  createdAt: number;
  endedAt: number | null;
  /** Set when this exercise is itself a fork. */
  forkedFrom: ForkOrigin | null;
  /** The perspectives besides Control and observer. */
  teams: { id: string; name: LocalizedText }[];
  steps: ReplayStep[];
  phases: ReplayPhaseSpan[];
  /** Every move whose injects phase the exercise reached, in order. */
  forkPoints: ReplayForkPoint[];
}

/** `POST /api/exercises/:id/fork` (facilitator key header). */
export const ForkExerciseRequest = z.strictObject({
  move: z
    .number('expected a move number')
    .int('expected a whole move number')
    .nonnegative('expected a move number of 0 or more'),
});
export type ForkExerciseRequest = z.infer<typeof ForkExerciseRequest>;

/** A new exercise, as `CreateExerciseResponse`, with where it came from. */
export const ForkExerciseResponse = CreateExerciseResponse.extend({
  forkedFrom: ForkOrigin,
  /** How many of the original's engine events the fork starts with. */
  sharedEvents: z.number().int().nonnegative(),
});
export type ForkExerciseResponse = z.infer<typeof ForkExerciseResponse>;
