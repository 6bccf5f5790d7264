import type { AckError, ErrorCode } from '@borderline/shared';
import type { DispatchResult, ServiceErrorCode } from '../exercises';

/**
 * How the server's refusals reach clients: the protocol's error codes (and
 * the HTTP status of each), from the exercise service's codes and the
 * engine's refusals. The service's own code travels as `reason` where it
 * says more than the protocol's code does.
 */

export const HTTP_STATUS: Record<ErrorCode, number> = {
  'invalid-message': 400,
  'unknown-command': 400,
  'too-large': 413,
  'rate-limited': 429,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'lobby-locked': 423,
  'not-lead': 403,
  refused: 409,
  internal: 500,
};

const SERVICE_CODES: Record<ServiceErrorCode, ErrorCode> = {
  'unknown-scenario': 'not-found',
  'invalid-settings': 'invalid-message',
  'unknown-exercise': 'not-found',
  'unknown-join-code': 'not-found',
  'exercise-ended': 'refused',
  'lobby-locked': 'lobby-locked',
  'unknown-team': 'not-found',
  'invalid-name': 'invalid-message',
  'duplicate-name': 'refused',
  'invalid-key': 'unauthorized',
  'invalid-token': 'unauthorized',
  'unknown-player': 'not-found',
  'seat-taken-by-bot': 'refused',
  'seat-occupied': 'refused',
  observer: 'forbidden',
  'invalid-command-id': 'invalid-message',
  'duplicate-command-id': 'invalid-message',
  'facilitator-only': 'forbidden',
  'players-only': 'forbidden',
  'clock-only': 'forbidden',
  'not-your-team': 'forbidden',
  'not-your-seat': 'forbidden',
  'not-lead': 'not-lead',
  'unknown-channel': 'not-found',
  'channel-forbidden': 'forbidden',
  'invalid-message': 'invalid-message',
  'invalid-draft': 'invalid-message',
  'join-code-exhausted': 'internal',
};

/** The service's refusal as the protocol's error; `refused` carries the service's code as reason. */
export function fromServiceError(code: ServiceErrorCode, message: string): AckError {
  const wire = SERVICE_CODES[code];
  return wire === 'refused' ? { code: wire, message, reason: code } : { code: wire, message };
}

/** The codes `dispatch` answers for reasons of its own (ids, seats); the rest are the engine's. */
const DISPATCH_SERVICE_CODES = new Set<string>([
  'unknown-exercise',
  'invalid-command-id',
  'duplicate-command-id',
  'unknown-player',
  'facilitator-only',
  'players-only',
  'observer',
  'not-your-team',
  'not-lead',
  'not-your-seat',
  'clock-only',
]);

function isServiceCode(code: string): code is ServiceErrorCode {
  return DISPATCH_SERVICE_CODES.has(code);
}

/** A refused dispatch as the protocol's error: the engine's refusals become `refused` with their reason. */
export function fromDispatchRefusal(result: Extract<DispatchResult, { ok: false }>): AckError {
  if (isServiceCode(result.code)) return fromServiceError(result.code, result.message);
  return { code: 'refused', message: result.message, reason: result.code };
}

export const INTERNAL_MESSAGE = 'Something went wrong on the server; please try again.';
