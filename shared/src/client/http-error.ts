import { ERROR_CODES, HTTP_STATUS, type ErrorCode } from '../protocol/ack';
import { ErrorResponse } from '../protocol/http';
import type { RefusalDetail } from '../protocol/refusal-detail';
import type { RefusalReason } from '../protocol/refusal-reasons';

/**
 * An HTTP answer that was not a success, or a success this client cannot
 * read: the server's code, message and reason when it sent them.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly reason?: RefusalReason,
    /** What the refusal is about, for the reader's own words (see RefusalDetail). */
    readonly detail?: RefusalDetail,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** No answer at all: the network failed, or the server is not there. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'NetworkError';
  }
}

/** The code of a status when the body does not say (a proxy's error page): the first with it. */
function codeOfStatus(status: number): ErrorCode {
  return ERROR_CODES.find((code) => HTTP_STATUS[code] === status) ?? 'internal';
}

/** The error an unsuccessful answer stands for, from its `ErrorResponse` body when it has one. */
export async function httpErrorOf(response: Response): Promise<HttpError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorResponse.safeParse(body);
  if (!parsed.success) {
    return new HttpError(
      response.status,
      codeOfStatus(response.status),
      `The server answered ${response.status}.`,
    );
  }
  const { code, message, reason, detail } = parsed.data.error;
  return new HttpError(response.status, code, message, reason, detail);
}
