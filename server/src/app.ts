import fs from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import type { ErrorCode, ErrorResponse, Scenario } from '@borderline/shared';
import type { ExerciseService } from './exercises';
import type { Logger } from './logger';
import type { ServerMetrics } from './metrics/server-metrics';
import { compileTrust, type TrustFunction } from './transport/client-address';
import { DEFAULT_RATE_LIMITS, GuessGuard, httpRoutes, type RateLimits } from './transport';
import { replayRoutes } from './transport/replay-routes';
import { reportRoutes } from './transport/report-routes';
import { serverInfoRoutes } from './transport/server-info-routes';
import { awaitDurableWrites } from './transport/await-durable-writes';

export interface AppOptions {
  scenarios: readonly Scenario[];
  logger: Logger;
  version: string;
  /** The built client (client/dist); served when it exists. */
  clientDir: string;
  startedAt: number;
  /** The exercises behind the /api routes (injected, so that a test gives it its own store). */
  service: ExerciseService;
  /** Per-address budgets of exercise creation, joins and guesses; the protocol's RATE_LIMITS unless given. */
  rateLimits?: RateLimits;
  /** The lookups that missed, shared with the sockets' handshakes; one of its own unless given. */
  guesses?: GuessGuard;
  /** Served as Prometheus text at GET /metrics when given. */
  metrics?: ServerMetrics;
  /** Who names the client behind a proxy (TRUST_PROXY); the connection itself unless given. */
  trustProxy?: TrustFunction;
  now?: () => number;
  /** Sends requests about exercises another process owns to it (several processes). */
  relay?: RequestHandler;
  /** Resolves once every write so far is durable (a store whose writes land later). */
  durable?: () => Promise<void>;
}

function errorBody(code: ErrorCode, message: string): ErrorResponse {
  return { error: { code, message } };
}

export function createApp(options: AppOptions): Express {
  const { scenarios, logger, version, clientDir, startedAt, service, rateLimits } = options;
  const now = options.now ?? Date.now;
  const app = express();
  app.disable('x-powered-by');
  // request.ip, which the per-address budgets count by, from the same rule as the sockets'.
  app.set('trust proxy', options.trustProxy ?? compileTrust(false));
  app.use(
    helmet({
      contentSecurityPolicy: {
        // A seminar room reaches the facilitator's laptop over plain http on the
        // local network: upgrading requests to https there would break the page.
        directives: { upgradeInsecureRequests: null },
      },
    }),
  );
  app.use(express.json({ limit: '64kb' }));

  app.use(serverInfoRoutes({ scenarios, logger, version, startedAt, now }));
  const { metrics } = options;
  if (metrics !== undefined) {
    // Prometheus text, not JSON: outside the /api route table.
    app.get('/metrics', (_request, response, next) => {
      metrics.exposition().then(({ contentType, text }) => {
        response.setHeader('Content-Type', contentType);
        response.setHeader('Cache-Control', 'no-store');
        response.send(text);
      }, next);
    });
  }
  // Every route after this one looks something up by a code, an id, a key or a token.
  const guesses = options.guesses ?? new GuessGuard((rateLimits ?? DEFAULT_RATE_LIMITS).guesses);
  app.use('/api', guesses.http(logger));
  if (options.relay !== undefined) app.use('/api', options.relay);
  if (options.durable !== undefined) app.use('/api', awaitDurableWrites(options.durable, logger));
  app.use(httpRoutes({ service, logger, rateLimits, now }));
  app.use(replayRoutes({ service, logger, rateLimits }));
  app.use(reportRoutes({ service, logger, now }));

  app.use('/api', (request, response) => {
    response
      .status(404)
      .json(errorBody('not-found', `No API route ${request.method} ${request.originalUrl}`));
  });

  const indexFile = path.join(clientDir, 'index.html');
  if (fs.existsSync(indexFile)) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // The client routes in the browser: every other GET gets the app shell.
    app.get(/.*/, (_request, response) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexFile);
    });
  } else {
    logger.warn({ clientDir }, 'client not built: run `npm run build --workspace client`');
  }

  const handleError: ErrorRequestHandler = (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const status =
      typeof error === 'object' && error !== null && 'status' in error
        ? Number((error as { status: unknown }).status)
        : 500;
    if (status >= 500 || Number.isNaN(status)) {
      logger.error({ err: error }, 'request failed');
      response.status(500).json(errorBody('internal', 'Something went wrong on the server.'));
      return;
    }
    // Client errors (malformed JSON, body too large): say what, never how the server failed.
    const code = status === 413 ? 'too-large' : 'invalid-message';
    const message =
      status === 413
        ? 'The request body is too large: at most 64 KB are accepted.'
        : 'The request body could not be read: expected JSON.';
    response.status(status).json(errorBody(code, message));
  };
  app.use(handleError);
  return app;
}
