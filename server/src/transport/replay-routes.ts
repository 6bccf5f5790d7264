import {
  ExerciseId,
  ForkExerciseRequest,
  formatIssues,
  refusalError,
  ReplayStepParam,
  ReplayViewQuery,
  type ExerciseView,
  type ForkExerciseResponse,
  type ReplayTimelineResponse,
} from '@borderline/shared';
import { Router, type Request } from 'express';
import type { z } from 'zod';
import { ReplayRefusal, type ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { project } from '../projection';
import {
  facilitatorKeyOf,
  HttpRefusal,
  parseBody,
  rateLimited,
  originOf,
  refuse,
  route,
} from './http-support';
import { DEFAULT_RATE_LIMITS, RateBudget, type RateLimits } from './rate-budget';

/** Runs a replay or fork; its refusals become the protocol's errors, with their reason. */
function answering<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ReplayRefusal)) throw error;
    throw new HttpRefusal(refusalError(error.code, error.message));
  }
}

/** A URL part checked against its schema; `invalid-message` says which part and what was expected. */
function parsePart<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    throw refuse('invalid-message', `${where}: ${formatIssues(parsed.error.issues)}`);
  }
  return parsed.data;
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

  const authorised = (request: Request): string => {
    const key = facilitatorKeyOf(request);
    const id = ExerciseId.safeParse(request.params['id']);
    if (!id.success) throw refuse('not-found', 'There is no such exercise.');
    service.authenticateFacilitator(id.data, key);
    return id.data;
  };

  router.get(
    '/exercises/:id/replay',
    route(logger, (request, response) => {
      const exerciseId = authorised(request);
      const body: ReplayTimelineResponse = answering(() => service.replay(exerciseId).timeline());
      response.json(body);
    }),
  );

  router.get(
    '/exercises/:id/replay/:step',
    route(logger, (request, response) => {
      const exerciseId = authorised(request);
      const step = parsePart(ReplayStepParam, request.params['step'], 'step');
      const { as } = parsePart(ReplayViewQuery, { ...request.query }, 'query');
      const body: ExerciseView = answering(() => {
        const replay = service.replay(exerciseId);
        return project(replay.inputAt(step), replay.recipient(as));
      });
      response.json(body);
    }),
  );

  router.post(
    '/exercises/:id/fork',
    rateLimited(forks, logger),
    route(logger, (request, response) => {
      const exerciseId = authorised(request);
      const { move } = parseBody(ForkExerciseRequest, request.body);
      const forked = answering(() => service.forkExercise(exerciseId, move));
      const origin = originOf(request);
      const body: ForkExerciseResponse = {
        exerciseId: forked.exerciseId,
        joinCode: forked.joinCode,
        facilitatorKey: forked.facilitatorKey,
        joinUrl: `${origin}/join/${forked.joinCode}`,
        facilitatorUrl: `${origin}/control/${forked.exerciseId}#key=${forked.facilitatorKey}`,
        forkedFrom: forked.forkedFrom,
        sharedEvents: forked.sharedEvents,
      };
      response.status(201).json(body);
    }),
  );

  return router;
}
