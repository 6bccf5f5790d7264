import type { AsyncExerciseStore, StoreWrites } from './async-exercise-store';
import { ExerciseNotHeldError } from './exercise-not-held-error';
import type {
  AppliedCommand,
  ChatRecord,
  ExerciseRecord,
  ExerciseStore,
  ForkOrigin,
  LoadedExercise,
  PlayerRecord,
  StoredEvent,
  StoredSnapshot,
  StoredWhatIf,
} from './exercise-store';
import { HeldExercise, uniqueViolation } from './held-exercise';
import { WriteChain } from './write-chain';

/** The logger method the store uses; a pino logger fits. */
/** One write on an exercise's chain: to the database, or to one transaction's part of it. */
type QueuedWrite = (backend: StoreWrites & Pick<AsyncExerciseStore, 'together'>) => Promise<void>;

export interface MirrorLogger {
  error(details: object, message: string): void;
}

export interface MirroredStoreOptions {
  /**
   * Hears, once per loss, that a write of an exercise to the database
   * failed: the exercise is lost to this process (its memory is already
   * dropped, its queued writes will not be written).
   */
  onLost: (exerciseId: string, error: Error) => void;
  /** Awaited before a new exercise is written (its lease is claimed there); a failure loses it. */
  beforeCreate?: (record: ExerciseRecord) => Promise<void>;
  logger?: MirrorLogger;
}

/**
 * The synchronous store the engine's side calls, over a database whose
 * calls are asynchronous. One process owns each exercise and is its only
 * writer, so it keeps what it owns in memory: every read is answered from
 * there, and every write is checked and applied there at once (as SQLite
 * would refuse it, it is refused here, before anything is queued), then
 * written to the database on the exercise's own chain, in order, one at a
 * time (different exercises' chains run side by side). `whenDurable` says
 * when the writes have landed.
 *
 * A write the database refuses (it is gone, or the lease was lost to another
 * process) loses the exercise: its queued writes are dropped, its memory is
 * forgotten, `onLost` hears of it, and later writes to it throw. Nothing is
 * retried: what the database holds is the truth another owner starts from.
 */
export class MirroredStore implements ExerciseStore {
  private readonly held = new Map<string, HeldExercise>();
  /** By exercise: its writes on their way, or the failure that lost it. */
  private readonly chains = new Map<string, WriteChain>();
  private readonly loading = new Map<string, Promise<boolean>>();
  /** The writes of the group being made (`together`), queued as one when it ends. */
  private group: { exerciseId: string; writes: QueuedWrite[] } | null = null;
  private closed = false;

  constructor(
    private readonly backend: AsyncExerciseStore,
    private readonly options: MirroredStoreOptions,
  ) {}

  // Which exercises this process holds

  /**
   * Loads an exercise from the database into memory, to own it; false if the
   * database has none. Holding it already, it loads nothing again. After a
   * loss, it is a fresh start from what the database holds.
   */
  preload(exerciseId: string): Promise<boolean> {
    if (this.closed) return Promise.reject(new Error('The store is closed.'));
    if (this.held.has(exerciseId)) return Promise.resolve(true);
    const inFlight = this.loading.get(exerciseId);
    if (inFlight !== undefined) return inFlight;
    const loading = this.load(exerciseId).finally(() => this.loading.delete(exerciseId));
    this.loading.set(exerciseId, loading);
    return loading;
  }

  holds(exerciseId: string): boolean {
    return this.held.has(exerciseId);
  }

  /**
   * Drops an exercise from memory (the process gives it up): its writes
   * already queued still land, and `whenDurable` still waits for them. A
   * lost exercise is forgotten altogether.
   */
  forget(exerciseId: string): void {
    this.held.delete(exerciseId);
    const chain = this.chains.get(exerciseId);
    if (chain?.error !== undefined) this.chains.delete(exerciseId);
    else if (chain !== undefined) this.dropWhenDrained(exerciseId, chain);
  }

  // Durability and shutdown

  /**
   * Resolves once every write queued so far (of one exercise, or of all)
   * has landed; rejects if one did not. A lost exercise's failure is in the
   * answer until the exercise is forgotten (or preloaded again).
   */
  whenDurable(exerciseId?: string): Promise<void> {
    if (exerciseId !== undefined)
      return this.chains.get(exerciseId)?.durable() ?? Promise.resolve();
    const chains = [...this.chains.values()];
    return Promise.all(chains.map((chain) => chain.durable())).then(() => undefined);
  }

  /** Waits until every chain has nothing left to write (landed, or dropped by a loss). */
  async flushAll(): Promise<void> {
    for (;;) {
      const busy = [...this.chains.values()].filter((chain) => !chain.idle);
      if (busy.length === 0) return;
      await Promise.all(busy.map((chain) => chain.settled()));
    }
  }

  /** Stops accepting writes (reads are still answered); the queued writes go on landing. */
  close(): void {
    this.closed = true;
  }

  /** Stops accepting writes, waits for the queued ones, then closes the database. */
  async closeAsync(): Promise<void> {
    this.close();
    await this.flushAll();
    await this.backend.close();
  }

  // Reads: from memory only

  findExercise(id: string): ExerciseRecord | undefined {
    return this.held.get(id)?.record();
  }

  findExerciseByJoinCode(joinCode: string): ExerciseRecord | undefined {
    for (const held of this.held.values()) if (held.joinCode === joinCode) return held.record();
    return undefined;
  }

  listExercises(): ExerciseRecord[] {
    return [...this.held.values()]
      .map((held) => held.record())
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  readEvents(exerciseId: string): StoredEvent[] {
    return this.held.get(exerciseId)?.readEvents() ?? [];
  }

  loadExercise(id: string): LoadedExercise | undefined {
    return this.held.get(id)?.loadExercise();
  }

  listPlayers(exerciseId: string): PlayerRecord[] {
    return this.held.get(exerciseId)?.listPlayers() ?? [];
  }

  listChat(exerciseId: string): ChatRecord[] {
    return this.held.get(exerciseId)?.listChat() ?? [];
  }

  findCommand(exerciseId: string, commandId: string): string | undefined {
    return this.held.get(exerciseId)?.findCommand(commandId);
  }

  listCommands(exerciseId: string): AppliedCommand[] {
    return this.held.get(exerciseId)?.listCommands() ?? [];
  }

  findFork(exerciseId: string): ForkOrigin | undefined {
    return this.held.get(exerciseId)?.findFork();
  }

  findWhatIf(exerciseId: string): StoredWhatIf | undefined {
    return this.held.get(exerciseId)?.findWhatIf();
  }

  // Writes: checked and applied in memory now, written to the database in order

  /** Held from now on; written once `beforeCreate` (the lease) has resolved. */
  createExercise(record: ExerciseRecord): void {
    this.refuseIfClosed();
    if (this.held.has(record.id)) throw uniqueViolation('exercises.id');
    const lost = this.chains.get(record.id)?.error;
    if (lost !== undefined) throw new ExerciseNotHeldError(record.id, lost);
    if (this.findExerciseByJoinCode(record.joinCode) !== undefined) {
      throw uniqueViolation('exercises.join_code');
    }
    const held = HeldExercise.created(record);
    this.held.set(record.id, held);
    const kept = held.record();
    const { beforeCreate } = this.options;
    this.queue(record.id, async (backend) => {
      if (beforeCreate !== undefined) await beforeCreate(kept);
      await backend.createExercise(kept);
    });
  }

  markEnded(id: string, at: number): void {
    this.writable(id).markEnded(at);
    this.queue(id, (backend) => backend.markEnded(id, at));
  }

  /** Gone from memory at once; gone from the database when its turn on the chain comes. */
  deleteExercise(id: string): void {
    this.writable(id);
    this.held.delete(id);
    this.queue(id, (backend) => backend.deleteExercise(id));
    const chain = this.chains.get(id);
    if (chain !== undefined) this.dropWhenDrained(id, chain);
  }

  /** Refuses (StoreConflictError, at once) a seq that is not one more than the last. */
  appendEvent(exerciseId: string, event: StoredEvent, command?: AppliedCommand): void {
    const kept = this.writable(exerciseId).appendEvent(event, command);
    this.queue(exerciseId, (backend) => backend.appendEvent(exerciseId, kept.event, kept.command));
  }

  saveSnapshot(exerciseId: string, snapshot: StoredSnapshot): void {
    const kept = this.writable(exerciseId).saveSnapshot(snapshot);
    this.queue(exerciseId, (backend) => backend.saveSnapshot(exerciseId, kept));
  }

  savePlayer(player: PlayerRecord): void {
    const kept = this.writable(player.exerciseId).savePlayer(player);
    this.queue(player.exerciseId, (backend) => backend.savePlayer(kept));
  }

  appendChat(message: ChatRecord): void {
    const kept = this.writable(message.exerciseId).appendChat(message);
    this.queue(message.exerciseId, (backend) => backend.appendChat(kept));
  }

  recordCommand(exerciseId: string, command: AppliedCommand): void {
    const kept = this.writable(exerciseId).recordCommand(command);
    this.queue(exerciseId, (backend) => backend.recordCommand(exerciseId, kept));
  }

  recordFork(exerciseId: string, origin: ForkOrigin): void {
    const kept = this.writable(exerciseId).recordFork(origin);
    this.queue(exerciseId, (backend) => backend.recordFork(exerciseId, kept));
  }

  saveWhatIf(exerciseId: string, whatIf: StoredWhatIf): void {
    const kept = this.writable(exerciseId).saveWhatIf(whatIf);
    this.queue(exerciseId, (backend) => backend.saveWhatIf(exerciseId, kept));
  }

  /**
   * Runs `change`; the writes it makes to the exercise reach the database as
   * one, in one transaction where the database has them. A group inside a
   * group is part of it.
   */
  together<T>(exerciseId: string, change: () => T): T {
    if (this.group !== null) return change();
    const group = { exerciseId, writes: [] as QueuedWrite[] };
    this.group = group;
    try {
      return change();
    } finally {
      // What changed in memory is written, even if the change then threw: memory and database agree.
      this.group = null;
      const { writes } = group;
      if (writes.length > 0) {
        this.queue(exerciseId, async (backend) => {
          const writeAll = async (store: StoreWrites) => {
            for (const write of writes) await write(store);
          };
          await (backend.together === undefined
            ? writeAll(backend)
            : backend.together(exerciseId, writeAll));
        });
      }
    }
  }

  // Inside

  private async load(exerciseId: string): Promise<boolean> {
    // Writes still on their way (of an exercise given up a moment ago) land first.
    await this.chains.get(exerciseId)?.settled();
    const holdings = await this.backend.loadHoldings(exerciseId);
    // Created here while the database was asked: what is in memory is newer.
    if (this.held.has(exerciseId)) return true;
    if (this.chains.get(exerciseId)?.error !== undefined) this.chains.delete(exerciseId);
    if (holdings === undefined) return false;
    this.held.set(exerciseId, new HeldExercise(holdings));
    return true;
  }

  private refuseIfClosed(): void {
    if (this.closed) throw new Error('The store is closed: it takes no more writes.');
  }

  private writable(exerciseId: string): HeldExercise {
    this.refuseIfClosed();
    const held = this.held.get(exerciseId);
    if (held === undefined) {
      throw new ExerciseNotHeldError(exerciseId, this.chains.get(exerciseId)?.error);
    }
    return held;
  }

  private queue(exerciseId: string, write: QueuedWrite): void {
    if (this.group?.exerciseId === exerciseId) {
      this.group.writes.push(write);
      return;
    }
    let chain = this.chains.get(exerciseId);
    if (chain === undefined) {
      const created = new WriteChain((error) => this.lose(exerciseId, error));
      this.chains.set(exerciseId, created);
      chain = created;
    }
    const { backend } = this;
    chain.enqueue(() => write(backend));
  }

  /** A write failed: the exercise is no longer this process's to write. */
  private lose(exerciseId: string, error: Error): void {
    this.held.delete(exerciseId);
    const { logger, onLost } = this.options;
    logger?.error({ exerciseId, err: error }, 'exercise lost: a write to the database failed');
    try {
      onLost(exerciseId, error);
    } catch (listenerError) {
      logger?.error({ exerciseId, err: listenerError }, 'the exercise-lost listener failed');
    }
  }

  /** Lets go of the chain of an exercise no longer held, once it has written everything. */
  private dropWhenDrained(exerciseId: string, chain: WriteChain): void {
    void chain.settled().then(() => {
      const drained = chain.idle && chain.error === undefined;
      if (drained && !this.held.has(exerciseId) && this.chains.get(exerciseId) === chain) {
        this.chains.delete(exerciseId);
      }
    });
  }
}
