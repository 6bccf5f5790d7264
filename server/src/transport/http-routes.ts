import { HTTP_ROUTES } from '@borderline/shared';
import { Router } from 'express';
import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { project } from '../projection';
import { originOf, refuse } from './http-support';
import { projectorRoute } from './projector-route';
import { DEFAULT_RATE_LIMITS, RateBudget, type RateLimits } from './rate-budget';
import { routeServer } from './serve-route';

export interface HttpRoutesOptions {
  service: ExerciseService;
  logger: Logger;
  /** `http` is the per-address budget of creations and of joins; RATE_LIMITS unless given. */
  rateLimits?: RateLimits;
  now?: () => number;
}

/**
 * The exercise routes (see docs/protocol.md): create an exercise, read
 * what the join page shows, take a seat, and Control's summary, deletion
 * and report data, and the projector's seat (facilitator key in its
 * header). Creation and joins are rate-limited per client address.
 */
export function httpRoutes(options: HttpRoutesOptions): Router {
  const { service, logger } = options;
  const now = options.now ?? Date.now;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const creations = new RateBudget(limits.http, 'exercises created from this address');
  const joins = new RateBudget(limits.http, 'joins from this address');
  const router = Router();
  const serve = routeServer(router, {
    logger,
    guards: { facilitator: (exerciseId, key) => service.authenticateFacilitator(exerciseId, key) },
  });

  serve(
    HTTP_ROUTES.createExercise,
    ({ request, body: { scenarioId, settings } }) => {
      const created = service.createExercise({
        scenarioId,
        settings: {
          format: settings.format,
          skipPractice: settings.skipPractice,
          timing: settings.timing,
          seed: settings.seed,
        },
      });
      const origin = originOf(request);
      return {
        exerciseId: created.exerciseId,
        joinCode: created.joinCode,
        facilitatorKey: created.facilitatorKey,
        joinUrl: `${origin}/join/${created.joinCode}`,
        facilitatorUrl: `${origin}/control/${created.exerciseId}#key=${created.facilitatorKey}`,
      };
    },
    { budget: creations },
  );

  serve(HTTP_ROUTES.joinInfo, ({ params: { code } }) => {
    const exerciseId = service.findByJoinCode(code);
    if (exerciseId === undefined) throw refuse('not-found', `No exercise has the code "${code}".`);
    const state = service.state(exerciseId);
    const roster = service.roster(exerciseId);
    return {
      exerciseId,
      scenarioId: state.scenarioId,
      title: state.scenario.title.en,
      locked: state.lobbyLocked,
      started: state.context.phase !== 'lobby',
      teams: state.scenario.teams.map((team) => ({
        id: team.id,
        name: team.name.en,
        seat: state.seats[team.id] ?? 'empty',
        players: roster.filter((entry) => !entry.isBot && entry.team === team.id).length,
      })),
    };
  });

  serve(
    HTTP_ROUTES.join,
    ({ body: { joinCode, name, team } }) => {
      const joined = service.joinExercise(joinCode, { name, team });
      logger.info(
        { exerciseId: joined.exerciseId, player: joined.playerId, team },
        'player joined',
      );
      return { exerciseId: joined.exerciseId, playerId: joined.playerId, token: joined.token };
    },
    { budget: joins },
  );

  serve(HTTP_ROUTES.exerciseSummary, ({ params: { id: exerciseId } }) => {
    const state = service.state(exerciseId);
    return {
      exerciseId,
      scenarioId: state.scenarioId,
      title: state.scenario.title.en,
      joinCode: state.joinCode,
      status: state.status,
      phase: state.context.phase,
      move: state.context.move,
      locked: state.lobbyLocked,
      createdAt: state.createdAt,
      roster: service.roster(exerciseId),
      seats: state.seats,
    };
  });

  serve(HTTP_ROUTES.deleteExercise, ({ params: { id: exerciseId } }) => {
    service.deleteExercise(exerciseId);
    logger.info({ exerciseId }, 'exercise deleted by its facilitator');
  });

  serve(HTTP_ROUTES.reportData, ({ params: { id: exerciseId } }) => ({
    generatedAt: now(),
    view: project(service.projectionInput(exerciseId), { kind: 'facilitator' }),
  }));

  projectorRoute(serve, { service, logger });

  return router;
}
