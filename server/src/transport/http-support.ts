import {
  FACILITATOR_KEY_HEADER,
  FacilitatorKey,
  formatIssues,
  HTTP_STATUS,
  refusalError,
  type AckError,
  type ErrorResponse,
} from '@borderline/shared';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { ExerciseServiceError } from '../exercises';
import { isStorageFull, STORAGE_FULL } from '../store/storage-full';
import type { Logger } from '../logger';
import type { RateBudget } from './rate-budget';

/** A refusal to answer with its status: `{ error: { code, message, reason? } }`. */
export class HttpRefusal extends Error {
  constructor(
    readonly error: AckError,
    readonly retryAfterMs?: number,
  ) {
    super(error.message);
    this.name = 'HttpRefusal';
  }
}

export function refuse(code: AckError['code'], message: string): HttpRefusal {
  return new HttpRefusal({ code, message });
}

export function sendRefusal(response: Response, refusal: HttpRefusal): void {
  const { code } = refusal.error;
  if (refusal.retryAfterMs !== undefined) {
    response.setHeader('Retry-After', String(Math.max(1, Math.ceil(refusal.retryAfterMs / 1000))));
  }
  const body: ErrorResponse = { error: refusal.error };
  response.status(HTTP_STATUS[code]).json(body);
}

/** The body, checked against the route's schema; `invalid-message` names the path and what was expected. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (body === undefined || body === null || typeof body !== 'object') {
    throw refuse('invalid-message', 'expected a JSON object body (Content-Type: application/json)');
  }
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw refuse('invalid-message', formatIssues(parsed.error.issues));
  return parsed.data;
}

/** The facilitator key from its header (never from the URL, which ends up in logs). */
export function facilitatorKeyOf(request: Request): string {
  const raw = request.get(FACILITATOR_KEY_HEADER);
  if (raw === undefined || raw === '') {
    throw refuse(
      'unauthorized',
      `Send the facilitator key in the ${FACILITATOR_KEY_HEADER} header.`,
    );
  }
  const parsed = FacilitatorKey.safeParse(raw);
  if (!parsed.success) {
    throw refuse('unauthorized', 'This facilitator key does not open this exercise.');
  }
  return parsed.data;
}

/**
 * Wraps a route: a refusal (ours or the service's, or a full disk) is
 * answered with its status and logged by code; anything else goes to the app's error handler
 * (500, `internal`, logged with its stack, never shown).
 */
export function route(
  logger: Logger,
  run: (request: Request, response: Response) => void | Promise<void>,
): RequestHandler {
  return async (request: Request, response: Response, next: NextFunction) => {
    try {
      await run(request, response);
    } catch (error) {
      if (isStorageFull(error)) logger.error({ err: error }, 'store write failed: disk full');
      const refusal =
        error instanceof HttpRefusal
          ? error
          : error instanceof ExerciseServiceError
            ? new HttpRefusal(refusalError(error.code, error.message, error.detail))
            : isStorageFull(error)
              ? new HttpRefusal(STORAGE_FULL)
              : null;
      if (refusal === null) {
        next(error);
        return;
      }
      logger.info(
        {
          method: request.method,
          path: request.baseUrl + request.path,
          code: refusal.error.code,
          reason: refusal.error.reason,
        },
        'request refused',
      );
      sendRefusal(response, refusal);
    }
  };
}

/** Spends one point of the client address's budget, or answers 429 with Retry-After. */
export function rateLimited(budget: RateBudget, logger: Logger): RequestHandler {
  return async (request: Request, response: Response, next: NextFunction) => {
    let spent: Awaited<ReturnType<RateBudget['take']>>;
    try {
      spent = await budget.take(request.ip ?? 'unknown');
    } catch (error) {
      next(error);
      return;
    }
    if (spent.ok) {
      next();
      return;
    }
    logger.info(
      { method: request.method, path: request.baseUrl + request.path, code: 'rate-limited' },
      'request refused',
    );
    sendRefusal(
      response,
      new HttpRefusal({ code: 'rate-limited', message: spent.message }, spent.retryAfterMs),
    );
  };
}

/** A Host header as it may appear in a link: a name or address and a port, nothing else. */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** Where the browser reached this server, for the links it hands out. */
export function originOf(request: Request): string {
  const host = request.get('host');
  return `${request.protocol}://${host !== undefined && HOST.test(host) ? host : 'localhost'}`;
}
