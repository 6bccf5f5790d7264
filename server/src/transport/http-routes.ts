import {
  CreateExerciseRequest,
  ExerciseId,
  JoinCode,
  JoinRequest,
  type CreateExerciseResponse,
  type ExerciseSummaryResponse,
  type JoinInfoResponse,
  type JoinResponse,
  type ReportDataResponse,
} from '@borderline/shared';
import { Router, type Request } from 'express';
import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { project } from '../projection';
import { facilitatorKeyOf, originOf, parseBody, rateLimited, refuse, route } from './http-support';
import { projectorRoute } from './projector-route';
import { DEFAULT_RATE_LIMITS, RateBudget, type RateLimits } from './rate-budget';

export interface HttpRoutesOptions {
  service: ExerciseService;
  logger: Logger;
  /** `http` is the per-address budget of creations and of joins; RATE_LIMITS unless given. */
  rateLimits?: RateLimits;
  now?: () => number;
}

function exerciseIdOf(request: Request): string {
  const parsed = ExerciseId.safeParse(request.params['id']);
  if (!parsed.success) throw refuse('not-found', 'There is no such exercise.');
  return parsed.data;
}

/**
 * The exercise routes under /api (see docs/protocol.md): create an
 * exercise, read what the join page shows, take a seat, and Control's
 * summary, deletion and report data, and the projector's seat
 * (facilitator key in its header).
 * Creation and joins are rate-limited per client address.
 */
export function httpRoutes(options: HttpRoutesOptions): Router {
  const { service, logger } = options;
  const now = options.now ?? Date.now;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const creations = new RateBudget(limits.http, 'exercises created from this address');
  const joins = new RateBudget(limits.http, 'joins from this address');
  const router = Router();

  /** The exercise id of a Control route, once its facilitator key opens it. */
  const authorised = (request: Request): string => {
    const key = facilitatorKeyOf(request);
    const exerciseId = exerciseIdOf(request);
    service.authenticateFacilitator(exerciseId, key);
    return exerciseId;
  };

  router.post(
    '/exercises',
    rateLimited(creations, logger),
    route(logger, (request, response) => {
      const { scenarioId, settings } = parseBody(CreateExerciseRequest, request.body);
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
      const body: CreateExerciseResponse = {
        exerciseId: created.exerciseId,
        joinCode: created.joinCode,
        facilitatorKey: created.facilitatorKey,
        joinUrl: `${origin}/join/${created.joinCode}`,
        facilitatorUrl: `${origin}/control/${created.exerciseId}#key=${created.facilitatorKey}`,
      };
      response.status(201).json(body);
    }),
  );

  router.get(
    '/join/:code',
    route(logger, (request, response) => {
      const code = JoinCode.safeParse(request.params['code']);
      if (!code.success) throw refuse('not-found', 'There is no exercise with this join code.');
      const exerciseId = service.findByJoinCode(code.data);
      if (exerciseId === undefined) {
        throw refuse('not-found', `No exercise has the code "${code.data}".`);
      }
      const state = service.state(exerciseId);
      const roster = service.roster(exerciseId);
      const body: JoinInfoResponse = {
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
      response.json(body);
    }),
  );

  router.post(
    '/join',
    rateLimited(joins, logger),
    route(logger, (request, response) => {
      const { joinCode, name, team } = parseBody(JoinRequest, request.body);
      const joined = service.joinExercise(joinCode, { name, team });
      logger.info(
        { exerciseId: joined.exerciseId, player: joined.playerId, team },
        'player joined',
      );
      const body: JoinResponse = {
        exerciseId: joined.exerciseId,
        playerId: joined.playerId,
        token: joined.token,
      };
      response.status(201).json(body);
    }),
  );

  router.get(
    '/exercises/:id',
    route(logger, (request, response) => {
      const exerciseId = authorised(request);
      const state = service.state(exerciseId);
      const body: ExerciseSummaryResponse = {
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
      response.json(body);
    }),
  );

  router.delete(
    '/exercises/:id',
    route(logger, (request, response) => {
      const exerciseId = authorised(request);
      service.deleteExercise(exerciseId);
      logger.info({ exerciseId }, 'exercise deleted by its facilitator');
      response.status(204).end();
    }),
  );

  router.get(
    '/exercises/:id/report-data',
    route(logger, (request, response) => {
      const exerciseId = authorised(request);
      const body: ReportDataResponse = {
        generatedAt: now(),
        view: project(service.projectionInput(exerciseId), { kind: 'facilitator' }),
      };
      response.json(body);
    }),
  );

  router.use(projectorRoute({ service, logger }));

  return router;
}
