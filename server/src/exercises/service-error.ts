import type { RefusalDetail, RefusalDetailArgs, ServiceRefusalCode } from '@borderline/shared';

/** Why the exercise service refused a request: one of the shared REFUSAL_REASONS the service gives. */
export type ServiceErrorCode = ServiceRefusalCode;

/**
 * A refusal by the service: a machine-readable code, a message for logs
 * (in English, with names rather than ids) and its detail as data for a
 * screen to word in its reader's language.
 */
export class ExerciseServiceError extends Error {
  readonly code: ServiceErrorCode;
  readonly detail: RefusalDetail | undefined;

  constructor(code: ServiceErrorCode, message: string, detail?: RefusalDetail) {
    super(message);
    this.name = 'ExerciseServiceError';
    this.code = code;
    this.detail = detail;
  }
}

export function serviceError<C extends ServiceErrorCode>(
  code: C,
  message: string,
  ...[detail]: RefusalDetailArgs<C>
): ExerciseServiceError {
  return new ExerciseServiceError(code, message, detail);
}
