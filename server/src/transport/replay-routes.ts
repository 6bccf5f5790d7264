import {
  FACILITATOR_KEY_HEADER,
  HTTP_ROUTES,
  refusalError,
  SEAT_TOKEN_HEADER,
  SeatToken,
  type ReplaySecretsResponse,
} from '@borderline/shared';
import { Router, type Request } from 'express';
import { ReplayRefusal, type ExerciseService, type ReplayReader } from '../exercises';
import type { Logger } from '../logger';
import { facilitatorKeyOf, HttpRefusal, originOf, refuse } from './http-support';
import { DEFAULT_RATE_LIMITS, RateBudget, type RateLimits } from './rate-budget';
import { routeServer } from './serve-route';

/** Runs a replay or fork; its refusals become the protocol's errors, with their reason. */
function answering<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ReplayRefusal)) throw error;
    throw new HttpRefusal(refusalError(error.code, error.message, error.detail));
  }
}

/**
 * Who reads a replay: Control by its key (checked first, when sent), else
 * a seated player by the seat token; 401 with neither, or a wrong one, and
 * 404 for an unknown exercise whatever the credentials.
 */
function readerOf(service: ExerciseService, exerciseId: string, request: Request): ReplayReader {
  service.info(exerciseId);
  const key = request.get(FACILITATOR_KEY_HEADER) ?? '';
  const token = request.get(SEAT_TOKEN_HEADER) ?? '';
  if (key !== '') {
    service.authenticateFacilitator(exerciseId, facilitatorKeyOf(request));
    return { kind: 'facilitator' };
  }
  if (token === '') {
    throw refuse(
      'unauthorized',
      `Send the facilitator key in the ${FACILITATOR_KEY_HEADER} header, or a player's seat token in the ${SEAT_TOKEN_HEADER} header.`,
    );
  }
  if (!SeatToken.safeParse(token).success) {
    throw refuse('unauthorized', 'This seat token does not open this exercise.');
  }
  const seat = service.resumePlayer(exerciseId, token);
  return { kind: 'player', playerId: seat.playerId, team: seat.team };
}

/**
 * Replay and fork of an ended exercise (see docs/protocol.md, "Replay and
 * fork"): the list of steps and the view of one step, for Control through
 * anybody's eyes and for a seated player through their own team's or the
 * public's (any team's once Control reveals the teams' secrets: Control's
 * setting, also here); and, for Control, a new exercise from any move.
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
    guards: {
      facilitator: (exerciseId, key) => service.authenticateFacilitator(exerciseId, key),
      reader: (exerciseId, request) => void readerOf(service, exerciseId, request),
    },
  });

  serve(HTTP_ROUTES.replayTimeline, ({ request, params: { id } }) =>
    answering(() => service.replayTimeline(id, readerOf(service, id, request))),
  );

  serve(HTTP_ROUTES.replayView, ({ request, params: { id, step }, query: { as } }) =>
    answering(() => service.replayView(id, readerOf(service, id, request), step, as)),
  );

  serve(HTTP_ROUTES.whatIf, ({ request, params: { id }, setHeader }) => {
    // Computing at first, then ready: never kept by a cache.
    setHeader('Cache-Control', 'no-store');
    return service.whatIf(id, readerOf(service, id, request));
  });

  const secrets = (exerciseId: string): ReplaySecretsResponse => ({
    revealed: service.secretsRevealed(exerciseId),
    ended: service.state(exerciseId).ended,
  });

  serve(HTTP_ROUTES.replaySecrets, ({ params: { id } }) => secrets(id));

  serve(HTTP_ROUTES.setReplaySecrets, ({ params: { id }, body: { revealed } }) => {
    service.setSecretsRevealed(id, revealed);
    logger.info({ exerciseId: id, revealed }, 'replay secrets set');
    return secrets(id);
  });

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
