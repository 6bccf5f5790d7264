import type {
  DecisionInput,
  Effect,
  KnowledgeAnswers,
  KnowledgeAttemptKind,
  ReflectionAnswers,
} from '@borderline/shared';

/**
 * The events the exercise engine accepts. Names say who sends them. The
 * server validates wire messages with zod before they reach the engine, so
 * these are plain TypeScript types. Every event carries `at`, the epoch time
 * in milliseconds supplied by the server: the engine reads no clock.
 */
interface Timed {
  at: number;
}

/**
 * What a team plays in one decision, and a player's hotwash reflection: one
 * definition each, in the shared protocol (the wire parses them with zod).
 */
export type { DecisionInput, ReflectionAnswers } from '@borderline/shared';

export type FacilitatorEvent = Timed &
  (
    | {
        type: 'facilitator.start';
        skipPractice?: boolean | undefined;
        /**
         * The teams nobody played when Control started (the start check,
         * `unseatedTeams`): stamped by the server from the roster, never sent
         * by a client. A fork's lobby resumes only when it is known and empty.
         */
        unseated?: readonly string[] | undefined;
      }
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
    /** A stage of the debrief (one of DEBRIEF_STAGES; the engine refuses any other). */
    | { type: 'facilitator.openDebriefStage'; stage: string }
    | { type: 'facilitator.closeHotwash' }
  );

export type TeamEvent = Timed &
  (
    | { type: 'team.submitDecision'; team: string; decision: DecisionInput }
    | { type: 'team.chooseDilemmaOption'; team: string; option: string }
  );

export type PlayerEvent = Timed &
  (
    | {
        type: 'player.submitReflection';
        player: string;
        team?: string | undefined;
        answers: ReflectionAnswers;
      }
    | {
        type: 'player.answerKnowledgeCheck';
        player: string;
        team: string;
        attempt: KnowledgeAttemptKind;
        answers: KnowledgeAnswers;
      }
  );

export type ClockEvent = Timed & { type: 'clock.deadlineReached' };

/**
 * Sent by the server when it forks an exercise, after the original's events
 * up to the opening of the forked move: the fork waits in its lobby (players
 * join, Control seats them) before play resumes at that move.
 */
export type ForkEvent = Timed & { type: 'fork.openLobby' };

export type ExerciseEvent = FacilitatorEvent | TeamEvent | PlayerEvent | ClockEvent | ForkEvent;
export type ExerciseEventType = ExerciseEvent['type'];
export type EventOf<T extends ExerciseEventType> = Extract<ExerciseEvent, { type: T }>;

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
  'facilitator.openDebriefStage',
  'facilitator.closeHotwash',
  'team.submitDecision',
  'team.chooseDilemmaOption',
  'player.submitReflection',
  'player.answerKnowledgeCheck',
  'clock.deadlineReached',
  'fork.openLobby',
] as const satisfies readonly ExerciseEventType[];

/**
 * An event read back from outside the engine (an exported log, Control's
 * view) is one of the engine's types; its fields are the engine's to check
 * as it replays it (a field it cannot use is refused, or fails the replay).
 */
export function isExerciseEvent(event: { type: string; at: number }): event is ExerciseEvent {
  return (EVENT_TYPES as readonly string[]).includes(event.type) && Number.isFinite(event.at);
}
