import { randomUUID } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { RequestHandler } from 'express';
import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import { StartupError } from '../startup/startup-error';
import { MirroredStore } from '../store/mirrored-store';
import { timedStore } from '../store/timed-store';
import { openPostgresStore, type PostgresStore } from '../store/postgres/postgres-store';
import { exerciseRoom, type TransportServer } from '../transport/socket-types';
import type { ClusterConfig } from './cluster-config';
import { exerciseOfRequest } from './exercise-of-request';
import { ExerciseOwnership } from './exercise-ownership';
import { httpRelay } from './http-relay';
import { LeaseBook } from './lease-book';
import { SocketRelay } from './socket-relay';

/** How long a relayed message waits for a dead owner's lease to be taken over, beyond the lease itself. */
const TAKEOVER_MARGIN_MS = 3_000;
const REDIS_CONNECT_MS = 5_000;

/** Where a database URL points, without its password, for messages. */
function whereIs(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * The store of a server on PostgreSQL: the database (`backend`), the
 * exercises this process owns in memory (`store`, what the service uses),
 * and the leases by which it owns them.
 */
export class ClusterStore {
  private ownership: ExerciseOwnership | null = null;

  private constructor(
    readonly backend: PostgresStore,
    readonly store: MirroredStore,
    readonly leases: LeaseBook,
    private readonly logger: Logger,
  ) {}

  static async open(
    databaseUrl: string,
    cluster: ClusterConfig,
    logger: Logger,
    /** Hears each database operation's time (the metrics' store latency). */
    observe: (operation: string, seconds: number) => void,
  ) {
    let leases: LeaseBook | null = null;
    let backend: PostgresStore;
    try {
      backend = await openPostgresStore(databaseUrl, {
        fence: (exerciseId) => leases?.fence(exerciseId),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new StartupError(
        `the database at ${whereIs(databaseUrl)} cannot be used (${reason}); check DATABASE_URL and that PostgreSQL is running.`,
      );
    }
    // An idle connection the database dropped (its restart) is replaced by the pool: say so.
    backend.pool.on('error', (error) => logger.warn({ err: error }, 'database connection lost'));
    const book = new LeaseBook(backend.pool, randomUUID(), cluster.internalUrl, cluster.leaseTtlMs);
    leases = book;
    let opened: ClusterStore | null = null;
    const store = new MirroredStore(timedStore(backend, observe), {
      onLost: (exerciseId, error) => opened?.ownership?.lose(exerciseId, error.message),
      beforeCreate: async (record) => {
        await book.claimNew(record.id);
      },
    });
    opened = new ClusterStore(backend, store, book, logger);
    return opened;
  }

  /** Whether the database has the exercise at all. */
  async exists(exerciseId: string): Promise<boolean> {
    return (await this.backend.findExercise(exerciseId)) !== undefined;
  }

  /**
   * Joins the service and the socket server to the cluster: the relays, the
   * Redis adapter when REDIS_URL is set, and the closing of an exercise's
   * sockets when this process loses it.
   */
  async join(options: {
    service: ExerciseService;
    io: TransportServer;
    cluster: ClusterConfig;
    relay: SocketRelay | null;
  }): Promise<ExerciseOwnership> {
    const { service, io, cluster } = options;
    const ownership = this.ownershipFor(service);
    ownership.onLost((exerciseId) => {
      io.local.in(exerciseRoom(exerciseId)).disconnectSockets(true);
    });
    // Sockets relayed to an old owner move to the new one at once: here, and
    // through the Redis adapter on every other process.
    ownership.onOwned((exerciseId) => options.relay?.ownerChanged(exerciseId, this.leases.address));
    if (cluster.redisUrl !== undefined) {
      await this.useRedis(io, cluster.redisUrl);
      ownership.onOwned((exerciseId) =>
        io.serverSideEmit('exercise-owned', exerciseId, this.leases.address),
      );
      io.on('exercise-owned', (exerciseId, address) =>
        options.relay?.ownerChanged(exerciseId, address),
      );
    }
    return ownership;
  }

  /** The one ownership of this process's exercises (made once, for the relays and the join). */
  ownershipFor(service: ExerciseService): ExerciseOwnership {
    this.ownership ??= new ExerciseOwnership({
      leases: this.leases,
      mirror: this.store,
      service,
      logger: this.logger,
      exists: (exerciseId) => this.exists(exerciseId),
    });
    return this.ownership;
  }

  socketRelay(service: ExerciseService, cluster: ClusterConfig): SocketRelay {
    return new SocketRelay(
      this.ownershipFor(service),
      this.logger,
      cluster.leaseTtlMs + TAKEOVER_MARGIN_MS,
    );
  }

  httpRelay(service: ExerciseService, cluster: ClusterConfig): RequestHandler {
    return httpRelay({
      ownership: this.ownershipFor(service),
      exerciseOf: exerciseOfRequest((joinCode) => this.backend.findExerciseByJoinCode(joinCode)),
      logger: this.logger,
      waitMs: cluster.leaseTtlMs + TAKEOVER_MARGIN_MS,
    });
  }

  private redisClients: { close(): Promise<void> }[] = [];

  private async useRedis(io: TransportServer, url: string): Promise<void> {
    const pub = createClient({ url, socket: { reconnectStrategy: () => 1_000 } });
    const sub = pub.duplicate();
    let reported = 0;
    let started = false;
    for (const client of [pub, sub]) {
      client.on('error', (error: unknown) => {
        // Before the start, the refusal says it in one line; after, node-redis
        // reconnects by itself and one line every 10 s is enough to tell.
        if (!started || Date.now() - reported < 10_000) return;
        reported = Date.now();
        this.logger.error({ err: error }, 'Redis connection failed; reconnecting');
      });
    }
    const timeout = new Promise<never>((_resolve, reject) =>
      setTimeout(
        () => reject(new Error(`no answer within ${REDIS_CONNECT_MS / 1000} s`)),
        REDIS_CONNECT_MS,
      ).unref(),
    );
    try {
      await Promise.race([Promise.all([pub.connect(), sub.connect()]), timeout]);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void pub.disconnect().catch(() => undefined);
      void sub.disconnect().catch(() => undefined);
      throw new StartupError(
        `Redis at ${whereIs(url).replace(/:5432/, '')} cannot be reached (${reason}); check REDIS_URL and that Redis is running.`,
      );
    }
    started = true;
    this.redisClients = [pub, sub];
    io.adapter(createAdapter(pub, sub));
  }

  /** At shutdown: every write stored, every lease given up, every connection closed. */
  async close(): Promise<void> {
    await this.store.flushAll().catch((error: unknown) => {
      this.logger.error({ err: error }, 'writes not stored at shutdown');
    });
    await this.leases.releaseAll().catch((error: unknown) => {
      this.logger.error({ err: error }, 'leases not released at shutdown');
    });
    await Promise.all(this.redisClients.map((client) => client.close().catch(() => undefined)));
    await this.backend.close();
  }
}
