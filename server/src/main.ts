import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadAllScenarios, scenariosRoot } from '@borderline/scenarios';
import { createApp } from './app';
import { ConfigError, databaseFile, readConfig, type ServerConfig } from './config';
import { ExerciseService, realClock, realSecrets } from './exercises';
import { createLogger } from './logger';
import { describeListening, explainListenError } from './startup/listen-address';
import { StartupError } from './startup/startup-error';
import { ServerMetrics } from './metrics/server-metrics';
import { openServerStore } from './store/open-server-store';
import type { ExerciseStore } from './store/exercise-store';
import type { Logger } from './logger';
import { ClusterStore } from './cluster/open-cluster';
import { readClusterConfig, type ClusterConfig } from './cluster/cluster-config';
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

/** What the exercises are kept in: an SQLite file (one process), or PostgreSQL (one or several). */
interface Backing {
  store: ExerciseStore;
  /** Set on PostgreSQL: the store, the leases and the relays of a cluster. */
  cluster: ClusterStore | null;
  describe: Record<string, string>;
  close(): Promise<void>;
}

async function openBacking(
  config: ServerConfig,
  cluster: ClusterConfig,
  logger: Logger,
  observe: (operation: string, seconds: number) => void,
): Promise<Backing> {
  if (config.databaseUrl === undefined) {
    const dbFile = databaseFile(config);
    const { store, lock } = openServerStore(dbFile);
    return {
      store: timedStore(store, observe),
      cluster: null,
      describe: { dataDir: config.dataDir, dbFile },
      close: () => {
        store.close();
        lock.release();
        return Promise.resolve();
      },
    };
  }
  const opened = await ClusterStore.open(config.databaseUrl, cluster, logger, observe);
  return {
    store: opened.store,
    cluster: opened,
    describe: { database: 'postgresql', internalUrl: cluster.internalUrl },
    close: () => opened.close(),
  };
}

async function main(): Promise<void> {
  let config: ServerConfig;
  let cluster: ClusterConfig;
  try {
    config = readConfig();
    const read = readClusterConfig(process.env, { port: config.port, host: config.host });
    if ('problems' in read) throw new ConfigError(`bad settings: ${read.problems.join('; ')}`);
    cluster = read.config;
  } catch (error) {
    if (error instanceof ConfigError) {
      refuseToStart(error);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // The sockets are counted once the transport exists; a scrape before that sees none.
  let countSockets = (): number => 0;
  const metrics = new ServerMetrics({
    exercises: () => service.loadedCounts(),
    sockets: () => countSockets(),
  });
  const backing = await openBacking(config, cluster, logger, (operation, seconds) =>
    metrics.observeStore(operation, seconds),
  );
  const { store } = backing;
  const shared = backing.cluster;

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
    ...(shared === null
      ? {}
      : { relay: shared.httpRelay(service, cluster), durable: () => shared.store.whenDurable() }),
  });
  const server = createServer(app);
  const socketRelay = shared === null ? null : shared.socketRelay(service, cluster);
  const transport = attachSocketServer(server, {
    service,
    logger,
    rateLimits,
    guesses,
    trustProxy,
    observeCommand: (outcome, seconds) => metrics.observeCommand(outcome, seconds),
    ...(shared === null || socketRelay === null
      ? {}
      : {
          relay: socketRelay,
          durable: (exerciseId: string) => shared.store.whenDurable(exerciseId),
        }),
  });
  countSockets = () => transport.io.engine.clientsCount;
  const ownership =
    shared === null
      ? null
      : await shared.join({ service, io: transport.io, cluster, relay: socketRelay });

  server.on('error', (error) => {
    const explained = explainListenError(error, config.port, config.host);
    if (explained === null) logger.fatal({ err: error }, 'server could not start');
    else refuseToStart(explained);
    process.exit(1);
  });
  let ticking: NodeJS.Timeout | undefined;
  server.listen(config.port, config.host, () => {
    const listening = server.address() as AddressInfo;
    const { port, address } = listening;
    logger.info(
      { port, address, ...backing.describe, scenarios: scenarios.map((s) => s.id), rateLimits },
      `Borderline is listening on ${describeListening(listening)}`,
    );
    if (shared === null || ownership === null) {
      // Every stored exercise, active or ended, comes back with its deadlines and bots re-armed.
      // Synchronously, in the listening callback: no connection is served before it is done.
      const report = service.restoreAll();
      logger.info(
        { restored: report.restored, failed: report.failed.map((f) => f.exerciseId) },
        'stored exercises resumed',
      );
      return;
    }
    // A port of 0 is known only now: the address the other processes reach this one at.
    if (config.port === 0 && process.env.INTERNAL_URL === undefined) {
      shared.leases.listening(cluster.internalUrl.replace(/:0$/, `:${port}`));
    }
    // Leases renewed three times a lease; orphaned exercises taken over on the first tick.
    const tick = (): void => {
      ownership
        .tick()
        .then(
          () => undefined,
          (error: unknown) => logger.error({ err: error }, 'lease renewal failed'),
        )
        .finally(() => {
          if (!stopping) ticking = setTimeout(tick, Math.floor(cluster.leaseTtlMs / 3));
        });
    };
    tick();
    logger.info(
      { processId: shared.leases.processId, internalUrl: shared.leases.address },
      'cluster joined',
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
      clearTimeout(ticking);
      service.stop();
      void backing.close().finally(() => {
        logger.info({ ms: Math.round(performance.now() - started) }, 'stopped');
        process.exit(code);
      });
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

main().catch((error: unknown) => {
  if (!(error instanceof StartupError)) throw error;
  refuseToStart(error);
  process.exit(1);
});
