import http from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { ErrorResponse } from '@borderline/shared';
import type { Logger } from '../logger';
import type { ExerciseOwnership } from './exercise-ownership';
import { hopsOf, MAX_HOPS, relayedHeaders } from './relay-headers';

const RETRY_MS = 250;
/** Headers that belong to one connection, not to the request relayed over another. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'x-forwarded-for',
]);

/** Which exercise an API request is about, by its path or (joining) its join code. */
export type ExerciseOfRequest = (request: Request) => Promise<string | undefined>;

function unreachable(response: Response): void {
  const body: ErrorResponse = {
    error: {
      code: 'internal',
      message: "This exercise's server cannot be reached now; try again in a moment.",
    },
  };
  response.status(503).setHeader('Retry-After', '2').json(body);
}

/**
 * express middleware: an API request about an exercise another process owns
 * is sent on to that process and its answer passed back as it is (status,
 * headers, body). One this process owns, or about no stored exercise, goes
 * on to this process's routes. While a dead owner's lease runs out, the
 * request waits (at most `waitMs`) rather than fail.
 */
export function httpRelay(options: {
  ownership: ExerciseOwnership;
  exerciseOf: ExerciseOfRequest;
  logger: Logger;
  waitMs: number;
}): RequestHandler {
  const { ownership, exerciseOf, logger, waitMs } = options;

  const relay = (
    address: string,
    request: Request,
    response: Response,
  ): Promise<'sent' | 'unreachable'> =>
    new Promise((resolve) => {
      const body =
        request.body !== undefined && request.method !== 'GET' && request.method !== 'HEAD'
          ? Buffer.from(JSON.stringify(request.body))
          : null;
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      Object.assign(headers, relayedHeaders(request.headers, request.ip ?? 'unknown'));
      if (body !== null) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(body.length);
      }
      const outgoing = http.request(new URL(request.originalUrl, address), {
        method: request.method,
        headers,
        timeout: 30_000,
      });
      outgoing.on('response', (answer) => {
        response.status(answer.statusCode ?? 502);
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && name !== 'connection' && name !== 'keep-alive') {
            response.setHeader(name, value);
          }
        }
        answer.pipe(response);
        answer.on('end', () => resolve('sent'));
        answer.on('error', () => resolve('sent'));
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error('owner timed out')));
      outgoing.on('error', () => {
        if (response.headersSent) {
          response.destroy();
          resolve('sent');
        } else {
          resolve('unreachable');
        }
      });
      outgoing.end(body ?? undefined);
    });

  return (request: Request, response: Response, next: NextFunction) => {
    if (hopsOf(request.headers) >= MAX_HOPS) {
      next();
      return;
    }
    const handle = async (): Promise<void> => {
      const exerciseId = await exerciseOf(request);
      if (exerciseId === undefined) return next();
      const until = Date.now() + waitMs;
      for (;;) {
        const route = await ownership.route(exerciseId);
        if (route.kind !== 'remote') return next();
        if ((await relay(route.address, request, response)) === 'sent') return;
        if (Date.now() >= until) {
          logger.warn({ exerciseId, owner: route.address }, 'owner unreachable');
          return unreachable(response);
        }
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    };
    handle().catch(next);
  };
}
