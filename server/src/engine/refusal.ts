/** Why the engine refused an event: a machine-readable code and a message for people. */
export type RefusalCode =
  | 'invalid-event'
  | 'unknown-event'
  | 'exercise-ended'
  | 'not-started'
  | 'already-started'
  | 'paused'
  | 'already-paused'
  | 'not-paused'
  | 'no-practice-move'
  | 'practice-over'
  | 'wrong-phase'
  | 'decisions-pending'
  | 'adjudication-in-review'
  | 'dilemma-pending'
  | 'hotwash-open'
  | 'unknown-inject'
  | 'inject-already-released'
  | 'no-deadline'
  | 'deadline-not-reached'
  | 'invalid-delta'
  | 'unknown-team'
  | 'not-their-turn'
  | 'already-decided'
  | 'too-many-actions'
  | 'no-actions'
  | 'unknown-card'
  | 'not-their-card'
  | 'limit-per-move'
  | 'max-uses'
  | 'max-covert'
  | 'prerequisite-unmet'
  | 'missing-rationale'
  | 'invalid-freeform'
  | 'unknown-action'
  | 'not-freeform'
  | 'invalid-odds'
  | 'unknown-track'
  | 'out-of-range'
  | 'missing-reason'
  | 'empty-text'
  | 'freeform-odds-missing'
  | 'unknown-ending'
  | 'already-ending'
  | 'no-dilemma'
  | 'not-dilemma-team'
  | 'unknown-option'
  | 'empty-reflection';

export interface Refusal {
  code: RefusalCode;
  message: string;
}

export function refuse(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
