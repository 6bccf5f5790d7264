import { HTTP_ROUTES, summarizeScenario, type Scenario } from '@borderline/shared';
import { Router } from 'express';
import type { Logger } from '../logger';
import { routeServer } from './serve-route';

/** What the server is and offers, for anybody: its health and the scenario catalogue. */
export function serverInfoRoutes(options: {
  scenarios: readonly Scenario[];
  logger: Logger;
  version: string;
  startedAt: number;
  now: () => number;
}): Router {
  const { scenarios, logger, version, startedAt, now } = options;
  const router = Router();
  const serve = routeServer(router, { logger });

  serve(HTTP_ROUTES.health, () => ({
    status: 'ok',
    version,
    uptimeSeconds: Math.max(0, (now() - startedAt) / 1000),
    scenarios: scenarios.length,
  }));

  serve(HTTP_ROUTES.scenarios, () => ({ scenarios: scenarios.map(summarizeScenario) }));

  return router;
}
