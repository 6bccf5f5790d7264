import { z } from 'zod';
import { LocalizedText } from '../scenario/primitives';
import { ENGINE_COMMAND_TYPES } from './commands';
import { CreateExerciseResponse } from './exercise-http';
import { PHASES } from './machine-states';
import { ExerciseId } from './session';

/**
 * The HTTP bodies of replay and fork (see docs/protocol.md, "Replay and
 * fork"): Control steps through an ended exercise as it was after each
 * accepted engine event, from any recipient's point of view, and starts a
 * new exercise from the opening of any move it reached; a seated player
 * steps through it through their own team's eyes or the public's, and any
 * team's once Control reveals the teams' secrets.
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
  'fork.openLobby',
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

/** The engine's phases as a schema (the one list in machine-states). */
const ReplayPhase = z.enum(PHASES);

/** One step of a replay: the state after `index` accepted engine events. */
export const ReplayStep = z.strictObject({
  /** 0: the exercise as created; n: after its n-th engine event. */
  index: z.number().int().nonnegative(),
  /** The stored log's seq of that event (0 for step 0). */
  seq: z.number().int().nonnegative(),
  /** The move and phase the step left the exercise in. */
  move: z.number().int().nonnegative(),
  phase: ReplayPhase,
  paused: z.boolean(),
  /** When the event was accepted (the creation time for step 0). */
  at: z.number(),
  type: z.enum(REPLAY_STEP_TYPES),
  /** The team the event was about (a decision, a dilemma choice, a skipped turn), else null. */
  team: z.string().nullable(),
  /** What else the event names: an inject, a track, an action, an ending, a dilemma option; else null. */
  subject: z.string().nullable(),
  /** The subject's name in the scenario (an inject's title, a track's name...); null for actions. */
  subjectName: LocalizedText.nullable(),
  /** A short description in English, for logs and programs; the client words its own. */
  label: z.string(),
});
export type ReplayStep = z.infer<typeof ReplayStep>;

/** A run of consecutive steps in one move and phase: where "next phase" jumps to. */
export const ReplayPhaseSpan = z.strictObject({
  move: z.number().int().nonnegative(),
  phase: ReplayPhase,
  /** The first and the last step of the run. */
  first: z.number().int().nonnegative(),
  last: z.number().int().nonnegative(),
});
export type ReplayPhaseSpan = z.infer<typeof ReplayPhaseSpan>;

/** A move a fork may start from, and the step its history ends with (the move's opening). */
export const ReplayForkPoint = z.strictObject({
  move: z.number().int().nonnegative(),
  step: z.number().int().nonnegative(),
});
export type ReplayForkPoint = z.infer<typeof ReplayForkPoint>;

/**
 * `GET /api/exercises/:id/replay` (the facilitator key, or a seat token):
 * the steps of an ended exercise, as far as the reader may know them.
 */
export const ReplayTimelineResponse = z.strictObject({
  exerciseId: z.string(),
  scenarioId: z.string(),
  title: LocalizedText,
  createdAt: z.number(),
  endedAt: z.number().nullable(),
  /** Set when this exercise is itself a fork. */
  forkedFrom: ForkOrigin.nullable(),
  /** The perspectives besides Control and observer. */
  teams: z.array(z.strictObject({ id: z.string(), name: LocalizedText })),
  steps: z.array(ReplayStep),
  phases: z.array(ReplayPhaseSpan),
  /** Every move whose injects phase the exercise reached, in order. */
  forkPoints: z.array(ReplayForkPoint),
  /**
   * The points of view this reader may replay, the first its own: Control
   * every one; a player their own team's, then the public (`observer`),
   * then, once Control has revealed the teams' secrets, every other team's.
   */
  perspectives: z.array(ReplayPerspective).min(1),
  /** Whether Control lets the players replay every team's point of view. */
  secretsRevealed: z.boolean(),
});
export type ReplayTimelineResponse = z.infer<typeof ReplayTimelineResponse>;

/** `PUT /api/exercises/:id/replay-secrets` (Control): whether players may replay any team's eyes. */
export const ReplaySecretsRequest = z.strictObject({
  revealed: z.boolean('expected "revealed": true or false'),
});
export type ReplaySecretsRequest = z.infer<typeof ReplaySecretsRequest>;

/** The answer of `GET` and `PUT /api/exercises/:id/replay-secrets`. */
export const ReplaySecretsResponse = z.strictObject({
  revealed: z.boolean(),
  /** Whether the exercise has ended: only then can anybody replay it. */
  ended: z.boolean(),
});
export type ReplaySecretsResponse = z.infer<typeof ReplaySecretsResponse>;

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
