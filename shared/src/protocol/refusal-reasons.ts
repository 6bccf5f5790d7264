import { z } from 'zod';
import type { ErrorCode } from './ack';
import type { RefusalDetail, RefusalDetailField } from './refusal-detail';

/** Who gives a reason: the engine (the rules), the service (seats, ids, chat) or the replay. */
type ReasonSource = 'engine' | 'service' | 'replay';

interface ReasonEntry {
  readonly by: readonly ReasonSource[];
  /** The protocol's error code the reason travels under (and so its HTTP status). */
  readonly code: ErrorCode;
  /**
   * The fields of the refusal's `detail` the reason always carries: the
   * server must fill them (the compiler sees to it) and its sentences in the
   * client may use only them.
   */
  readonly detail?: readonly RefusalDetailField[];
}

/**
 * Every reason the server gives for a refusal, once: who gives it and the
 * wire code it travels under. One object literal, so a reason cannot be
 * written twice with two meanings; the engine's, the service's and the
 * replay's code types are read from it.
 */
export const REFUSAL_REASONS = {
  // The engine's rules.
  'invalid-event': { by: ['engine'], code: 'refused' },
  'unknown-event': { by: ['engine'], code: 'refused' },
  'exercise-ended': { by: ['engine', 'service'], code: 'refused' },
  'not-started': { by: ['engine', 'service'], code: 'refused' },
  'already-started': { by: ['engine'], code: 'refused' },
  paused: { by: ['engine'], code: 'refused' },
  'already-paused': { by: ['engine'], code: 'refused' },
  'not-paused': { by: ['engine'], code: 'refused' },
  'no-practice-move': { by: ['engine'], code: 'refused' },
  'practice-over': { by: ['engine'], code: 'refused' },
  'wrong-phase': { by: ['engine'], code: 'refused', detail: ['phase'] },
  'decisions-pending': { by: ['engine'], code: 'refused' },
  'adjudication-in-review': { by: ['engine'], code: 'refused' },
  'dilemma-pending': { by: ['engine'], code: 'refused' },
  'hotwash-open': { by: ['engine'], code: 'refused' },
  'unknown-inject': { by: ['engine'], code: 'refused' },
  'inject-already-released': { by: ['engine'], code: 'refused', detail: ['inject'] },
  'no-deadline': { by: ['engine'], code: 'refused' },
  'deadline-not-reached': { by: ['engine'], code: 'refused' },
  'invalid-delta': { by: ['engine'], code: 'refused' },
  'unknown-team': { by: ['engine', 'service'], code: 'not-found' },
  'not-their-turn': { by: ['engine'], code: 'refused', detail: ['team'] },
  'already-decided': { by: ['engine'], code: 'refused', detail: ['team', 'move'] },
  'too-many-actions': { by: ['engine'], code: 'refused', detail: ['limit', 'given'] },
  'no-actions': { by: ['engine'], code: 'refused' },
  'unknown-card': { by: ['engine'], code: 'refused' },
  'not-their-card': { by: ['engine'], code: 'refused', detail: ['card', 'owner', 'team'] },
  'limit-per-move': { by: ['engine'], code: 'refused', detail: ['card', 'limit', 'given'] },
  'max-uses': { by: ['engine'], code: 'refused', detail: ['card', 'limit', 'used'] },
  'max-covert': { by: ['engine'], code: 'refused', detail: ['limit', 'given'] },
  'prerequisite-unmet': { by: ['engine'], code: 'refused', detail: ['card'] },
  'missing-rationale': { by: ['engine'], code: 'refused' },
  'invalid-freeform': { by: ['engine'], code: 'refused' },
  'unknown-action': { by: ['engine'], code: 'refused' },
  'not-freeform': { by: ['engine'], code: 'refused', detail: ['action'] },
  'invalid-odds': { by: ['engine'], code: 'refused' },
  'unknown-track': { by: ['engine'], code: 'refused' },
  'out-of-range': { by: ['engine'], code: 'refused', detail: ['track', 'min', 'max'] },
  'missing-reason': { by: ['engine'], code: 'refused' },
  'empty-text': { by: ['engine'], code: 'refused' },
  'freeform-odds-missing': { by: ['engine'], code: 'refused', detail: ['actions'] },
  'unknown-ending': { by: ['engine'], code: 'refused' },
  'already-ending': { by: ['engine'], code: 'refused' },
  'no-dilemma': { by: ['engine'], code: 'refused' },
  'not-dilemma-team': { by: ['engine'], code: 'refused', detail: ['team'] },
  'unknown-option': { by: ['engine'], code: 'refused' },
  'empty-reflection': { by: ['engine'], code: 'refused' },
  'unknown-debrief-stage': { by: ['engine'], code: 'refused' },
  'teams-unseated': { by: ['engine'], code: 'refused', detail: ['teams'] },
  'no-knowledge-check': { by: ['engine'], code: 'refused' },
  'knowledge-check-closed': { by: ['engine'], code: 'refused' },
  'knowledge-check-answered': { by: ['engine'], code: 'refused' },
  'knowledge-check-incomplete': { by: ['engine'], code: 'refused' },

  // The service: exercises, seats, credentials, command ids, chat and drafts.
  'unknown-scenario': { by: ['service'], code: 'not-found' },
  'invalid-settings': { by: ['service'], code: 'invalid-message' },
  'unknown-exercise': { by: ['service'], code: 'not-found' },
  'unknown-join-code': { by: ['service'], code: 'not-found' },
  'lobby-locked': { by: ['service'], code: 'lobby-locked' },
  'invalid-name': { by: ['service'], code: 'invalid-message', detail: ['limit'] },
  'duplicate-name': { by: ['service'], code: 'refused', detail: ['name'] },
  'invalid-key': { by: ['service'], code: 'unauthorized' },
  'invalid-token': { by: ['service'], code: 'unauthorized' },
  'unknown-player': { by: ['service'], code: 'not-found' },
  'not-seated': { by: ['service'], code: 'unauthorized' },
  'seat-taken-by-bot': { by: ['service'], code: 'refused', detail: ['team'] },
  'seat-occupied': { by: ['service'], code: 'refused', detail: ['team'] },
  'projector-seat': { by: ['service'], code: 'refused' },
  'duplicate-command-id': { by: ['service'], code: 'invalid-message' },
  'facilitator-only': { by: ['service', 'replay'], code: 'forbidden' },
  'players-only': { by: ['service'], code: 'forbidden' },
  'team-players-only': { by: ['service'], code: 'forbidden' },
  observer: { by: ['service'], code: 'forbidden' },
  'not-lead': { by: ['service'], code: 'not-lead' },
  'clock-only': { by: ['service'], code: 'forbidden' },
  'unknown-channel': { by: ['service'], code: 'not-found' },
  'channel-forbidden': { by: ['service'], code: 'forbidden' },
  'invalid-text': { by: ['service'], code: 'invalid-message', detail: ['limit'] },
  'invalid-draft': { by: ['service'], code: 'invalid-message' },
  'unknown-objective': { by: ['service'], code: 'not-found' },
  'unknown-rubric-level': { by: ['service'], code: 'not-found' },
  'bot-team-not-rated': { by: ['service'], code: 'refused', detail: ['team'] },
  'join-code-exhausted': { by: ['service'], code: 'internal' },
  'storage-full': { by: ['service'], code: 'internal' },

  // Replay and fork.
  'exercise-not-ended': { by: ['replay'], code: 'refused' },
  'invalid-step': { by: ['replay'], code: 'invalid-message', detail: ['max'] },
  'invalid-perspective': { by: ['replay'], code: 'invalid-message' },
  'move-not-reached': { by: ['replay'], code: 'invalid-message', detail: ['move'] },
  'perspective-hidden': { by: ['replay'], code: 'forbidden' },
} as const satisfies Record<string, ReasonEntry>;

type Reasons = typeof REFUSAL_REASONS;
export type RefusalReason = keyof Reasons;
type ReasonsBy<S extends ReasonSource> = {
  [K in RefusalReason]: S extends Reasons[K]['by'][number] ? K : never;
}[RefusalReason];

type DeclaredFields<R extends RefusalReason> = Reasons[R] extends {
  detail: readonly (infer F extends RefusalDetailField)[];
}
  ? F
  : never;

/** The detail a refusal for `R` carries: the fields the reason declares, and any other. */
export type RefusalDetailOf<R extends RefusalReason> = RefusalDetail &
  Required<Pick<RefusalDetail, DeclaredFields<R>>>;

/**
 * A refusal's detail as an argument: required where the reason declares
 * fields (one reason's fields, or every member's of a union of reasons),
 * optional where it declares none.
 */
export type RefusalDetailArgs<R extends RefusalReason> = [DeclaredFields<R>] extends [never]
  ? [detail?: RefusalDetail]
  : [detail: RefusalDetailOf<R>];

/** The fields of a reason's detail its sentences may use. */
export function declaredDetail(reason: RefusalReason): readonly RefusalDetailField[] {
  const entry: ReasonEntry = REFUSAL_REASONS[reason];
  return entry.detail ?? [];
}

/** Why the engine refused an event. */
export type EngineRefusalCode = ReasonsBy<'engine'>;
/** Why the exercise service refused a request, beyond the engine's rules. */
export type ServiceRefusalCode = ReasonsBy<'service'>;
/** Why a replay or a fork was refused. */
export type ReplayRefusalCode = ReasonsBy<'replay'>;

const REASON_LIST = Object.keys(REFUSAL_REASONS) as [RefusalReason, ...RefusalReason[]];
export const RefusalReason = z.enum(REASON_LIST);

/** The wire code a reason travels under. */
export function errorCodeOf(reason: RefusalReason): ErrorCode {
  return REFUSAL_REASONS[reason].code;
}
