import type { Effect } from '@borderline/shared';

/**
 * The events the exercise engine accepts. Names say who sends them. The
 * server validates wire messages with zod before they reach the engine, so
 * these are plain TypeScript types. Every event carries `at`, the epoch time
 * in milliseconds supplied by the server: the engine reads no clock.
 */
interface Timed {
  at: number;
}

/** What a team plays in one decision. */
export type DecisionInput =
  | {
      kind: 'actions';
      /** Action card ids, in the order the team wants them adjudicated. */
      cards: string[];
      rationale: string;
      statement?: string | undefined;
    }
  | {
      /** Matrix-game style: the team argues for an action, Control sets its odds. */
      kind: 'freeform';
      description: string;
      /** One to three reasons why it should work. */
      reasons: string[];
      visibility: 'public' | 'covert';
      rationale?: string | undefined;
      statement?: string | undefined;
    }
  | { kind: 'hold'; rationale?: string | undefined; statement?: string | undefined };

/** A player's written reflection in the hotwash, in the usual debrief stages. */
export interface ReflectionAnswers {
  whatHappened?: string | undefined;
  why?: string | undefined;
  realWorld?: string | undefined;
  takeaway?: string | undefined;
  wentWell?: string | undefined;
  toImprove?: string | undefined;
}

export type FacilitatorEvent = Timed &
  (
    | { type: 'facilitator.start'; skipPractice?: boolean | undefined }
    | { type: 'facilitator.skipPractice' }
    | { type: 'facilitator.advance' }
    | { type: 'facilitator.releaseInject'; inject: string }
    | { type: 'facilitator.pause' }
    | { type: 'facilitator.resume' }
    /** Extends (positive) or shortens (negative) the current deadline. */
    | { type: 'facilitator.adjustDeadline'; deltaMs: number }
    | { type: 'facilitator.skipTurn'; team: string; reason?: string | undefined }
    | {
        type: 'facilitator.setFreeformOdds';
        /** The id of the action result under review. */
        action: string;
        odds: number;
        reason: string;
        onSuccess?: Effect[] | undefined;
        onFailure?: Effect[] | undefined;
      }
    | { type: 'facilitator.vetoFreeform'; action: string; reason: string }
    | {
        type: 'facilitator.overrideOutcome';
        action: string;
        outcome: 'success' | 'failure';
        reason: string;
      }
    | { type: 'facilitator.overrideTrack'; track: string; value: number; reason: string }
    | { type: 'facilitator.addNarrative'; text: string }
    | { type: 'facilitator.publishAdjudication' }
    | { type: 'facilitator.endEarly'; reason: string; ending?: string | undefined }
    | { type: 'facilitator.closeHotwash' }
  );

export type TeamEvent = Timed &
  (
    | { type: 'team.submitDecision'; team: string; decision: DecisionInput }
    | { type: 'team.chooseDilemmaOption'; team: string; option: string }
  );

export type PlayerEvent = Timed & {
  type: 'player.submitReflection';
  player: string;
  team?: string | undefined;
  answers: ReflectionAnswers;
};

export type ClockEvent = Timed & { type: 'clock.deadlineReached' };

export type ExerciseEvent = FacilitatorEvent | TeamEvent | PlayerEvent | ClockEvent;
export type ExerciseEventType = ExerciseEvent['type'];
export type EventOf<T extends ExerciseEventType> = Extract<ExerciseEvent, { type: T }>;

/** Who sent an event, as the log records it. */
export type Sender = 'facilitator' | 'clock' | 'system' | `team:${string}` | `player:${string}`;

export const EVENT_TYPES = [
  'facilitator.start',
  'facilitator.skipPractice',
  'facilitator.advance',
  'facilitator.releaseInject',
  'facilitator.pause',
  'facilitator.resume',
  'facilitator.adjustDeadline',
  'facilitator.skipTurn',
  'facilitator.setFreeformOdds',
  'facilitator.vetoFreeform',
  'facilitator.overrideOutcome',
  'facilitator.overrideTrack',
  'facilitator.addNarrative',
  'facilitator.publishAdjudication',
  'facilitator.endEarly',
  'facilitator.closeHotwash',
  'team.submitDecision',
  'team.chooseDilemmaOption',
  'player.submitReflection',
  'clock.deadlineReached',
] as const satisfies readonly ExerciseEventType[];

export function senderOf(event: ExerciseEvent): Sender {
  switch (event.type) {
    case 'team.submitDecision':
    case 'team.chooseDilemmaOption':
      return `team:${event.team}`;
    case 'player.submitReflection':
      return `player:${event.player}`;
    case 'clock.deadlineReached':
      return 'clock';
    default:
      return 'facilitator';
  }
}
