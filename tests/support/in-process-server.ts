import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadAllScenarios, scenariosRoot } from '@borderline/scenarios';
import type { Scenario } from '@borderline/shared';
import { pino } from 'pino';
import { createApp } from '../../server/src/app';
import {
  ExerciseService,
  realClock,
  realSecrets,
  type Clock,
  type Secrets,
} from '../../server/src/exercises';
import type { WhatIfSettings } from '../../server/src/exercises/what-if-jobs';
import { compileTrust, type TrustProxy } from '../../server/src/transport/client-address';
import type { ExerciseStore } from '../../server/src/store/exercise-store';
import { openSqliteStore } from '../../server/src/store/sqlite-store';
import {
  attachSocketServer,
  DEFAULT_RATE_LIMITS,
  GuessGuard,
  type RateLimits,
} from '../../server/src/transport';

/** Budgets so large that a test playing a whole game at full speed never meets them. */
export const UNLIMITED: RateLimits = {
  commands: { points: 100_000, durationSeconds: 10 },
  chat: { points: 100_000, durationSeconds: 10 },
  http: { points: 100_000, durationSeconds: 60 },
  guesses: { points: 100_000, durationSeconds: 60 },
};

export interface InProcessServerOptions {
  /** The SQLite file; a private in-memory database unless given. */
  dbFile?: string;
  /** The protocol's RATE_LIMITS unless given. */
  rateLimits?: RateLimits;
  clock?: Clock;
  secrets?: Secrets;
  /** The installed scenarios unless given. */
  scenarios?: readonly Scenario[];
  /** Wraps the store, e.g. to make one of its writes fail. */
  wrapStore?: (store: ExerciseStore) => ExerciseStore;
  /** How the what-if analysis runs; the server's defaults unless given. */
  whatIf?: WhatIfSettings;
  /** The proxies trusted to name the client (TRUST_PROXY); none unless given. */
  trustProxy?: TrustProxy;
}

export interface InProcessServer {
  baseUrl: string;
  port: number;
  service: ExerciseService;
  store: ExerciseStore;
  /** Every log line the server wrote (pino's JSON, parsed), debug level included. */
  logs: Record<string, unknown>[];
  /** Every log line as written, to search for what must never be logged. */
  logText: () => string;
  close: () => Promise<void>;
}

let scenarioCache: readonly Scenario[] | undefined;

/** The installed scenarios, loaded once per test file. */
export function installedScenarios(): readonly Scenario[] {
  scenarioCache ??= loadAllScenarios(scenariosRoot);
  return scenarioCache;
}

const clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));

/**
 * The real server (express app, socket.io transport, exercise service and
 * SQLite store) in the test's own process, on an ephemeral port of
 * 127.0.0.1: the tests talk to it over real HTTP and real sockets, and may
 * look at the service behind it to check that a refusal changed nothing.
 */
export async function startInProcessServer(
  options: InProcessServerOptions = {},
): Promise<InProcessServer> {
  const lines: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug', base: { service: 'borderline-test' } },
    {
      write(line: string) {
        lines.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  const scenarios = options.scenarios ?? installedScenarios();
  const opened = openSqliteStore(options.dbFile ?? ':memory:');
  const store = options.wrapStore?.(opened) ?? opened;
  const service = new ExerciseService({
    store,
    scenarios,
    clock: options.clock ?? realClock(),
    secrets: options.secrets ?? realSecrets(),
    logger,
    whatIf: options.whatIf,
  });
  service.restoreAll();
  const guesses = new GuessGuard((options.rateLimits ?? DEFAULT_RATE_LIMITS).guesses);
  const trustProxy = compileTrust(options.trustProxy ?? false);
  const app = createApp({
    scenarios,
    logger,
    version: 'test',
    clientDir,
    startedAt: Date.now(),
    service,
    rateLimits: options.rateLimits,
    guesses,
    trustProxy,
  });
  const server = createServer(app);
  const transport = attachSocketServer(server, {
    service,
    logger,
    rateLimits: options.rateLimits,
    guesses,
    trustProxy,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    service,
    store,
    logs,
    logText: () => lines.join(''),
    close: async () => {
      if (closed) return;
      closed = true;
      service.stop();
      const closing = transport.close();
      server.closeAllConnections();
      await closing;
      store.close();
    },
  };
}
