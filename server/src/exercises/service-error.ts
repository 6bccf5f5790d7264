/** Why the exercise service refused a request, beyond the engine's own refusals. */
export type ServiceErrorCode =
  | 'unknown-scenario'
  | 'invalid-settings'
  | 'unknown-exercise'
  | 'unknown-join-code'
  | 'exercise-ended'
  | 'lobby-locked'
  | 'unknown-team'
  | 'invalid-name'
  | 'duplicate-name'
  | 'invalid-key'
  | 'invalid-token'
  | 'unknown-player'
  | 'seat-taken-by-bot'
  | 'seat-occupied'
  | 'observer'
  | 'invalid-command-id'
  | 'duplicate-command-id'
  | 'facilitator-only'
  | 'players-only'
  | 'clock-only'
  | 'not-your-team'
  | 'not-your-seat'
  | 'not-lead'
  | 'unknown-channel'
  | 'channel-forbidden'
  | 'invalid-message'
  | 'invalid-draft'
  | 'join-code-exhausted';

/** A refusal by the service: a machine-readable code and a message for people. */
export class ExerciseServiceError extends Error {
  readonly code: ServiceErrorCode;

  constructor(code: ServiceErrorCode, message: string) {
    super(message);
    this.name = 'ExerciseServiceError';
    this.code = code;
  }
}

export function serviceError(code: ServiceErrorCode, message: string): ExerciseServiceError {
  return new ExerciseServiceError(code, message);
}
