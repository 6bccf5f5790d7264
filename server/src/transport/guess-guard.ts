import { HTTP_STATUS, type ErrorCode } from '@borderline/shared';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger';
import { HttpRefusal, sendRefusal } from './http-support';
import { RateBudget, type RateLimit, type Spent } from './rate-budget';

/** The answers that tell a guesser "not this one": no such code or exercise, a key or token that opens nothing. */
const MISSES: readonly ErrorCode[] = ['not-found', 'unauthorized'];
const MISS_STATUSES = new Set(MISSES.map((code) => HTTP_STATUS[code]));

/**
 * The budget of lookups that found nothing, per client address, over HTTP
 * and in sockets' handshakes together: a join code, an exercise id, a
 * facilitator key or a seat token that opens nothing costs a point. An
 * address past its budget is refused every lookup (`rate-limited`, with
 * how long to wait) until the window ends, so that guessing a live
 * exercise's code takes far longer than the exercise lasts; lookups that
 * find what they ask for cost nothing, so a classroom behind one address
 * is not held back by its own players.
 */
export class GuessGuard {
  private readonly budget: RateBudget;

  constructor(
    readonly limit: RateLimit,
    /** Hears every lookup refused for too many misses (the metrics count them). */
    private readonly onRefused: () => void = () => undefined,
  ) {
    this.budget = new RateBudget(limit, 'lookups that found nothing from this address');
  }

  /** Refused when the address has missed too often; spends nothing. */
  async check(address: string): Promise<Spent> {
    const spent = await this.budget.check(address);
    if (!spent.ok) this.onRefused();
    return spent;
  }

  /** Counts an answer to the address against its budget if it was a miss. */
  record(address: string, code: ErrorCode | null): void {
    if (code !== null && MISSES.includes(code)) this.miss(address);
  }

  private miss(address: string): void {
    void this.budget.take(address).catch(() => undefined);
  }

  /** Express middleware for the API: refuses an address past its budget, and counts its misses. */
  http(logger: Logger): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      const address = request.ip ?? 'unknown';
      this.check(address).then((spent) => {
        if (!spent.ok) {
          logger.info(
            { method: request.method, path: request.originalUrl.split('?')[0], address },
            'lookup refused: too many misses',
          );
          const refusal = { code: 'rate-limited' as const, message: spent.message };
          sendRefusal(response, new HttpRefusal(refusal, spent.retryAfterMs));
          return;
        }
        response.on('finish', () => {
          if (MISS_STATUSES.has(response.statusCode)) this.miss(address);
        });
        next();
      }, next);
    };
  }
}
