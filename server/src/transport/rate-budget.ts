import { RATE_LIMITS } from '@borderline/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** `points` messages in `durationSeconds` (rate-limiter-flexible's terms). */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/** The budgets of the transport: per socket for commands and chat, per address for HTTP and guesses. */
export interface RateLimits {
  commands: RateLimit;
  chat: RateLimit;
  http: RateLimit;
  guesses: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = RATE_LIMITS;

/** The budgets with `factor` times as many points (at least one each). */
export function scaleRateLimits(limits: RateLimits, factor: number): RateLimits {
  const scale = (limit: RateLimit): RateLimit => ({
    points: Math.max(1, Math.round(limit.points * factor)),
    durationSeconds: limit.durationSeconds,
  });
  return {
    commands: scale(limits.commands),
    chat: scale(limits.chat),
    http: scale(limits.http),
    guesses: scale(limits.guesses),
  };
}

export type Spent = { ok: true } | { ok: false; retryAfterMs: number; message: string };

/**
 * One budget (an in-memory fixed window per key): `take` spends a point, or
 * says how long to wait. Other failures of the limiter are rethrown.
 */
export class RateBudget {
  private readonly limiter: RateLimiterMemory;

  constructor(
    readonly limit: RateLimit,
    private readonly what: string,
  ) {
    this.limiter = new RateLimiterMemory({
      points: limit.points,
      duration: limit.durationSeconds,
    });
  }

  async take(key: string): Promise<Spent> {
    try {
      await this.limiter.consume(key);
      return { ok: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return this.refusal(rejection.msBeforeNext);
    }
  }

  /** Whether the key has spent its budget, without spending a point. */
  async check(key: string): Promise<Spent> {
    const used = await this.limiter.get(key);
    if (used === null || used.consumedPoints < this.limit.points) return { ok: true };
    return this.refusal(used.msBeforeNext);
  }

  private refusal(msBeforeNext: number): Spent {
    const retryAfterMs = Math.max(0, msBeforeNext);
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    const { points, durationSeconds } = this.limit;
    return {
      ok: false,
      retryAfterMs,
      message: `Too many ${this.what}: at most ${points} in ${durationSeconds} seconds; retry in ${seconds} s.`,
    };
  }

  /** Forgets a key (a closed socket). */
  forget(key: string): void {
    void this.limiter.delete(key).catch(() => undefined);
  }
}
