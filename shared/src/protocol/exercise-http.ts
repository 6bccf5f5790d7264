import { z } from 'zod';
import { Id, Language } from '../scenario/primitives';
import { Timing } from '../scenario/scenario';
import { RefId } from './command-fields';
import { ExerciseViewOutline } from './exercise-view-outline';
import { RosterEntry, SeatKind } from './roster';
import { ExerciseId, FacilitatorKey, JoinCode, SeatToken } from './session';

/** The HTTP bodies of the exercise routes (see docs/protocol.md for every route). */

/** A player's display name: 1 to 40 characters once trimmed. */
export const DisplayName = z
  .string('expected a name')
  .trim()
  .min(1, 'expected a name')
  .max(40, 'expected a name of at most 40 characters');

/** `POST /api/exercises`: the facilitator's choices when creating an exercise. */
export const CreateExerciseRequest = z.strictObject({
  scenarioId: Id,
  settings: z
    .strictObject({
      /** The scenario's format (a seminar of a given length); its first one when absent. */
      format: Id.optional(),
      /** Start with move 1 instead of the unscored practice move. */
      skipPractice: z.boolean().optional(),
      /** Phase lengths in minutes; the scenario's own apply where none is given. */
      timing: Timing.partial().optional(),
      /** The language of the scenario's texts in the report and the facilitator's screens. */
      language: Language.optional(),
      /** Fixes the dice (for a replayed seminar); random when absent. */
      seed: z.number().int().min(0).max(0xffffffff).optional(),
    })
    .default({}),
});
export type CreateExerciseRequest = z.infer<typeof CreateExerciseRequest>;

export const CreateExerciseResponse = z.strictObject({
  exerciseId: ExerciseId,
  joinCode: JoinCode,
  /** Shown once; only its holder can run Control. */
  facilitatorKey: FacilitatorKey,
  /** The link (and QR) for players: carries the join code only. */
  joinUrl: z.string(),
  /** The facilitator's link: carries the key in the fragment (#key=...), which browsers never send. */
  facilitatorUrl: z.string(),
});
export type CreateExerciseResponse = z.infer<typeof CreateExerciseResponse>;

/** `GET /api/join/:code`: what the join page shows before a player picks a team. */
export const JoinInfoResponse = z.strictObject({
  exerciseId: ExerciseId,
  scenarioId: Id,
  title: z.string(),
  locked: z.boolean(),
  started: z.boolean(),
  teams: z.array(
    z.strictObject({
      id: Id,
      name: z.string(),
      seat: SeatKind,
      players: z.number().int().nonnegative(),
    }),
  ),
});
export type JoinInfoResponse = z.infer<typeof JoinInfoResponse>;

/** `POST /api/join`: a player takes a seat in a team, or joins the observers with `team: null`. */
export const JoinRequest = z.strictObject({
  joinCode: JoinCode,
  name: DisplayName,
  team: RefId.nullable(),
});
export type JoinRequest = z.infer<typeof JoinRequest>;

/** Also the answer of `POST /api/exercises/:id/projector` (facilitator key header): the projector's observer seat. */
export const JoinResponse = z.strictObject({
  exerciseId: ExerciseId,
  playerId: z.string(),
  /** Kept by the browser (localStorage) and sent in the socket's auth to come back to the seat. */
  token: SeatToken,
});
export type JoinResponse = z.infer<typeof JoinResponse>;

/** `GET /api/exercises/:id` (facilitator key header): the exercise at a glance. */
export const ExerciseSummaryResponse = z.strictObject({
  exerciseId: ExerciseId,
  scenarioId: Id,
  title: z.string(),
  joinCode: JoinCode,
  status: z.enum(['active', 'ended']),
  phase: z.string(),
  move: z.number().int(),
  locked: z.boolean(),
  createdAt: z.number(),
  roster: z.array(RosterEntry),
  seats: z.record(z.string(), SeatKind),
});
export type ExerciseSummaryResponse = z.infer<typeof ExerciseSummaryResponse>;

/**
 * `GET /api/exercises/:id/report-data` (facilitator key header): everything
 * the after-action report is made from, i.e. the facilitator's own view.
 */
export const ReportDataResponse = z.strictObject({
  generatedAt: z.number(),
  view: ExerciseViewOutline,
});
export type ReportDataResponse = z.infer<typeof ReportDataResponse>;
