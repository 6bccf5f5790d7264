import { HTTP_ROUTES, refusalError } from '@borderline/shared';
import { Router } from 'express';
import { ReplayRefusal, type ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { project } from '../projection';
import { HttpRefusal, originOf } from './http-support';
import { DEFAULT_RATE_LIMITS, RateBudget, type RateLimits } from './rate-budget';
import { routeServer } from './serve-route';

/** Runs a replay or fork; its refusals become the protocol's errors, with their reason. */
function answering<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ReplayRefusal)) throw error;
    throw new HttpRefusal(refusalError(error.code, error.message));
  }
}

/**
 * Replay and fork of an ended exercise (Control: facilitator key header; see
 * docs/protocol.md, "Replay and fork"): the list of steps, the view of one
 * step through any recipient's eyes, and a new exercise from any move.
 */
export function replayRoutes(options: {
  service: ExerciseService;
  logger: Logger;
  /** `http` is the per-address budget of forks (as of creations); RATE_LIMITS unless given. */
  rateLimits?: RateLimits | undefined;
}): Router {
  const { service, logger } = options;
  const forks = new RateBudget(
    (options.rateLimits ?? DEFAULT_RATE_LIMITS).http,
    'exercises forked from this address',
  );
  const router = Router();
  const serve = routeServer(router, {
    logger,
    guards: { facilitator: (exerciseId, key) => service.authenticateFacilitator(exerciseId, key) },
  });

  serve(HTTP_ROUTES.replayTimeline, ({ params: { id } }) =>
    answering(() => service.replay(id).timeline()),
  );

  serve(HTTP_ROUTES.replayView, ({ params: { id, step }, query: { as } }) =>
    answering(() => {
      const replay = service.replay(id);
      return project(replay.inputAt(step), replay.recipient(as));
    }),
  );

  serve(
    HTTP_ROUTES.fork,
    ({ request, params: { id }, body: { move } }) => {
      const forked = answering(() => service.forkExercise(id, move));
      const origin = originOf(request);
      return {
        exerciseId: forked.exerciseId,
        joinCode: forked.joinCode,
        facilitatorKey: forked.facilitatorKey,
        joinUrl: `${origin}/join/${forked.joinCode}`,
        facilitatorUrl: `${origin}/control/${forked.exerciseId}#key=${forked.facilitatorKey}`,
        forkedFrom: forked.forkedFrom,
        sharedEvents: forked.sharedEvents,
      };
    },
    { budget: forks },
  );

  return router;
}
