import type { ServiceRefusalCode } from '@borderline/shared';

/** Why the exercise service refused a request: one of the shared REFUSAL_REASONS the service gives. */
export type ServiceErrorCode = ServiceRefusalCode;

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
