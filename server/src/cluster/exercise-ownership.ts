import type { ExerciseService } from '../exercises';
import type { Logger } from '../logger';
import type { LeaseBook } from './lease-book';

/** Where an exercise's messages are answered. */
export type ExerciseRoute =
  | { kind: 'local' }
  | { kind: 'remote'; address: string }
  /** The store has no such exercise: answered here, as any unknown id is. */
  | { kind: 'unknown' };

/** What ownership needs of the mirrored store (MirroredStore). */
export interface MirrorControl {
  preload(exerciseId: string): Promise<boolean>;
  holds(exerciseId: string): boolean;
  forget(exerciseId: string): void;
}

/** What ownership needs of the leases (LeaseBook). */
export type LeaseKeeper = Pick<
  LeaseBook,
  | 'address'
  | 'processId'
  | 'acquire'
  | 'release'
  | 'releaseAll'
  | 'renewAll'
  | 'holds'
  | 'heldIds'
  | 'drop'
  | 'orphans'
>;

/** What ownership needs of the service: to start, stop and see an exercise here. */
export type OwnedService = Pick<ExerciseService, 'restoreOne' | 'unload' | 'isLoaded'>;

export interface OwnershipDeps {
  leases: LeaseKeeper;
  mirror: MirrorControl;
  service: OwnedService;
  logger: Logger;
  /** Whether the store has the exercise at all (read from the database, not the mirror). */
  exists: (exerciseId: string) => Promise<boolean>;
}

/** How long a lease held by this address's previous life (a restart) is waited for. */
const PREVIOUS_LIFE_POLL_MS = 250;

/**
 * Which process answers for each exercise. An exercise nobody owns (new to
 * this process, or whose owner let its lease expire) is taken: its lease,
 * then everything stored of it into memory, then its engine, deadline and
 * bots. One held elsewhere is answered by its owner (the relays forward to
 * it). A lease lost (not renewed in time, or a write refused by its fence)
 * stops the exercise here at once; its sockets are closed so that their
 * clients reconnect to the new owner.
 */
export class ExerciseOwnership {
  private readonly taking = new Map<string, Promise<ExerciseRoute>>();
  private readonly lostListeners = new Set<(exerciseId: string) => void>();
  private readonly ownedListeners = new Set<(exerciseId: string) => void>();

  constructor(private readonly deps: OwnershipDeps) {}

  /** Hears each exercise this process stopped owning (lost or given up). */
  onLost(listener: (exerciseId: string) => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  /** Hears each exercise this process has just taken (new to it, or taken over). */
  onOwned(listener: (exerciseId: string) => void): () => void {
    this.ownedListeners.add(listener);
    return () => this.ownedListeners.delete(listener);
  }

  isLocal(exerciseId: string): boolean {
    return this.deps.leases.holds(exerciseId) && this.deps.mirror.holds(exerciseId);
  }

  /** Where the exercise is answered now, taking it if nobody owns it. */
  route(exerciseId: string): Promise<ExerciseRoute> {
    if (this.isLocal(exerciseId)) return Promise.resolve({ kind: 'local' });
    const pending = this.taking.get(exerciseId);
    if (pending !== undefined) return pending;
    const taking = this.take(exerciseId).finally(() => this.taking.delete(exerciseId));
    this.taking.set(exerciseId, taking);
    return taking;
  }

  private async take(exerciseId: string): Promise<ExerciseRoute> {
    const { leases, mirror, service, logger } = this.deps;
    if (!(await this.deps.exists(exerciseId))) return { kind: 'unknown' };
    for (;;) {
      const result = await leases.acquire(exerciseId);
      if (!result.acquired) {
        const { holder } = result;
        // This address's previous process (killed and restarted): its lease runs out soon.
        if (holder.address === leases.address && holder.owner !== leases.processId) {
          await new Promise((resolve) => setTimeout(resolve, PREVIOUS_LIFE_POLL_MS));
          continue;
        }
        return { kind: 'remote', address: holder.address };
      }
      try {
        if (!(await mirror.preload(exerciseId))) {
          await leases.release(exerciseId);
          return { kind: 'unknown' };
        }
        service.restoreOne(exerciseId);
      } catch (error) {
        logger.error({ exerciseId, err: error }, 'exercise could not be taken over');
        mirror.forget(exerciseId);
        await leases.release(exerciseId);
        throw error;
      }
      logger.info({ exerciseId, token: result.token }, 'exercise owned here');
      for (const listener of [...this.ownedListeners]) listener(exerciseId);
      return { kind: 'local' };
    }
  }

  /** The exercise is no longer this process's: stop it here and forget it. */
  lose(exerciseId: string, reason: string): void {
    const { leases, mirror, service, logger } = this.deps;
    const wasOwned = leases.holds(exerciseId) || mirror.holds(exerciseId);
    service.unload(exerciseId);
    mirror.forget(exerciseId);
    leases.drop(exerciseId);
    if (!wasOwned) return;
    logger.warn({ exerciseId, reason }, 'exercise no longer owned here');
    for (const listener of [...this.lostListeners]) listener(exerciseId);
  }

  /**
   * Once per renewal period: keeps this process's leases, stops what it
   * lost, gives up ended exercises no longer in memory (any process loads
   * them again when asked), and takes over active exercises whose owner
   * died, so that their deadlines and bots run on without a client asking.
   */
  async tick(): Promise<void> {
    const { leases, service, logger } = this.deps;
    for (const exerciseId of await leases.renewAll()) this.lose(exerciseId, 'lease expired');
    for (const exerciseId of leases.heldIds()) {
      if (this.taking.has(exerciseId) || service.isLoaded(exerciseId)) continue;
      this.deps.mirror.forget(exerciseId);
      await leases.release(exerciseId);
    }
    for (const exerciseId of await leases.orphans()) {
      await this.route(exerciseId).catch((error: unknown) => {
        logger.error({ exerciseId, err: error }, 'orphaned exercise not taken over');
      });
    }
  }

  /** At shutdown: every lease given up at once, so the other processes take over without waiting. */
  async releaseAll(): Promise<void> {
    await this.deps.leases.releaseAll();
  }
}
