import type { NextFunction, Request, Response } from 'express';
import type { ErrorResponse } from '@borderline/shared';
import type { Logger } from '../logger';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * express middleware for a store whose writes land later (PostgreSQL): the
 * answer to a request that may write (anything but a read) leaves only once
 * every write so far is durable, so that a created exercise or a taken seat
 * the client was told of survives the process. If a write failed, the answer
 * becomes a 503 the client may retry.
 */
export function awaitDurableWrites(durable: () => Promise<void>, logger: Logger) {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (READS.has(request.method)) {
      next();
      return;
    }
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    const held = (...args: unknown[]): Response => {
      durable().then(
        () => end(...args),
        (error: unknown) => {
          logger.error({ err: error, path: request.path }, 'write not stored; answered 503');
          const body: ErrorResponse = {
            error: { code: 'internal', message: 'The change could not be stored; try again.' },
          };
          response.statusCode = 503;
          response.removeHeader('Content-Length');
          response.removeHeader('ETag');
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          end(JSON.stringify(body));
        },
      );
      return response;
    };
    response.end = held as Response['end'];
    next();
  };
}
