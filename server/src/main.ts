import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadAllScenarios, scenariosRoot } from '@borderline/scenarios';
import { createApp } from './app';
import { ConfigError, databaseFile, readConfig } from './config';
import { ExerciseService, realClock, realSecrets } from './exercises';
import { createLogger } from './logger';
import { describeListening, explainListenError } from './startup/listen-address';
import { StartupError } from './startup/startup-error';
import { ServerMetrics } from './metrics/server-metrics';
import { openServerStore } from './store/open-server-store';
import { timedStore } from './store/timed-store';
import { attachSocketServer, DEFAULT_RATE_LIMITS, GuessGuard, scaleRateLimits } from './transport';
import { compileTrust } from './transport/client-address';

const VERSION = '0.1.0';
/** SIGTERM: wait up to 5 s for messages being handled, ask clients to come back in 2 s. */
const DRAIN = { reconnectInMs: 2_000, waitMs: 5_000 };
/** Whatever happens, the process is gone within 10 s of SIGTERM (orchestrators kill at 10 s or later). */
const HARD_STOP_MS = 9_000;
const clientDir = fileURLToPath(new URL('../../client/dist', import.meta.url));

/** Says why the server will not start, in one line on stderr. */
function refuseToStart(error: Error): void {
  console.error(`Borderline cannot start: ${error.message}`);
}

function main(): void {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      refuseToStart(error);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const dbFile = databaseFile(config);
  const opened = openServerStore(dbFile);
  const { lock } = opened;
  // The sockets are counted once the transport exists; a scrape before that sees none.
  let countSockets = (): number => 0;
  const metrics = new ServerMetrics({
    exercises: () => service.loadedCounts(),
    sockets: () => countSockets(),
  });
  const store = timedStore(opened.store, (operation, seconds) =>
    metrics.observeStore(operation, seconds),
  );

  const scenarios = loadAllScenarios(scenariosRoot);
  const service = new ExerciseService({
    store,
    scenarios,
    clock: realClock(),
    secrets: realSecrets(),
    logger,
  });
  const rateLimits = scaleRateLimits(DEFAULT_RATE_LIMITS, config.rateLimitFactor ?? 1);
  const guesses = new GuessGuard(rateLimits.guesses, () => metrics.countRefusedLookup());
  const trustProxy = compileTrust(config.trustProxy);
  const app = createApp({
    scenarios,
    logger,
    version: VERSION,
    clientDir,
    startedAt: Date.now(),
    service,
    rateLimits,
    guesses,
    metrics,
    trustProxy,
  });
  const server = createServer(app);
  const transport = attachSocketServer(server, {
    service,
    logger,
    rateLimits,
    guesses,
    trustProxy,
    observeCommand: (outcome, seconds) => metrics.observeCommand(outcome, seconds),
  });
  countSockets = () => transport.io.engine.clientsCount;

  server.on('error', (error) => {
    const explained = explainListenError(error, config.port, config.host);
    if (explained === null) logger.fatal({ err: error }, 'server could not start');
    else refuseToStart(explained);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const listening = server.address() as AddressInfo;
    const { port, address } = listening;
    logger.info(
      {
        port,
        address,
        dataDir: config.dataDir,
        dbFile,
        scenarios: scenarios.map((s) => s.id),
        rateLimits,
      },
      `Borderline is listening on ${describeListening(listening)}`,
    );
    // Every stored exercise, active or ended, comes back with its deadlines and bots re-armed.
    // Synchronously, in the listening callback: no connection is served before it is done.
    const report = service.restoreAll();
    logger.info(
      { dbFile, restored: report.restored, failed: report.failed.map((f) => f.exerciseId) },
      'stored exercises resumed',
    );
  });

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    logger.info({ signal }, 'shutting down: draining');
    let exited = false;
    const exit = (code: number): void => {
      if (exited) return;
      exited = true;
      service.stop();
      store.close();
      lock.release();
      logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
      process.exit(code);
    };
    // No new connections; the messages being handled are answered, then every
    // socket hears when to reconnect and closes (socket.io closes the HTTP server).
    server.closeIdleConnections();
    transport.drain(DRAIN).then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'drain failed');
        exit(1);
      },
    );
    // A connection that will not close must not hold the process past the drain's budget.
    setTimeout(() => {
      logger.warn({ ms: Math.round(performance.now() - started) }, 'drain cut short');
      server.closeAllConnections();
      exit(0);
    }, HARD_STOP_MS).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

try {
  main();
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  refuseToStart(error);
  process.exit(1);
}
