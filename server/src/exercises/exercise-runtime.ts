import type { RefusalDetail } from '@borderline/shared';
import { acceptedIn, type ExerciseEvent, type RefusalCode } from '../engine';
import type { AppliedCommand } from '../store/exercise-store';
import { armDeadline, scheduleBots, type AutomationHost } from './automation';
import { disarm, noteEntry, type LiveExercise } from './live-exercise';
import { loadLiveExercise } from './load-exercise';
import type { ChangeListener, ExerciseChange, ExerciseServiceDeps } from './service-deps';
import { serviceError } from './service-error';
import { toPayload, type EntrySender, type ServiceEntry, type StoredEntry } from './stored-entry';

/** The answer to an event: the seq of its stored entry, or the engine's refusal. */
export type ApplyResult =
  | { ok: true; seq: number }
  | { ok: false; code: RefusalCode; message: string; detail?: RefusalDetail };

/** Snapshot every this many engine events, besides every phase change and the end. */
export const SNAPSHOT_EVERY = 25;

/**
 * Ended exercises kept in memory, the most recently used; an older one
 * leaves memory and is loaded again from the store when it is asked for
 * (its report, replay, fork, or a reconnecting debrief), so that memory does
 * not grow with every exercise ever played.
 */
export const RESIDENT_ENDED = 16;

/**
 * The service's core: the exercises in memory, and the one path by which an
 * accepted event reaches the store (first) and the listeners (after), with
 * the snapshots, the end of an exercise, its deadline and its bots.
 */
export class ExerciseRuntime {
  private readonly exercises = new Map<string, LiveExercise>();
  /** The ended exercises in memory, least recently used first. */
  private readonly endedInMemory = new Set<string>();
  private readonly listeners = new Set<ChangeListener>();
  readonly host: AutomationHost;

  constructor(readonly deps: ExerciseServiceDeps) {
    this.host = {
      clock: deps.clock,
      logger: deps.logger,
      applySystemEvent: (live, event, sender) => this.apply(live, event, null, sender),
      isCurrent: (live) => this.exercises.get(live.id) === live,
    };
  }

  /** The exercise, from memory or (an ended one) loaded again from the store. */
  find(exerciseId: string): LiveExercise | undefined {
    const live = this.exercises.get(exerciseId) ?? this.loadEnded(exerciseId);
    if (live !== undefined) this.touch(live);
    return live;
  }

  /** Whether the exercise is in memory now (an ended one may have left it). */
  isLoaded(exerciseId: string): boolean {
    return this.exercises.has(exerciseId);
  }

  live(exerciseId: string): LiveExercise {
    const live = this.find(exerciseId);
    if (live === undefined) throw serviceError('unknown-exercise', 'There is no such exercise.');
    return live;
  }

  /** The exercises in memory: every active one, and the ended ones used lately. */
  ids(): string[] {
    return [...this.exercises.keys()];
  }

  /** How many exercises are in memory, by status (without touching their recency). */
  loadedCounts(): { active: number; ended: number } {
    let active = 0;
    for (const live of this.exercises.values()) if (live.record.status === 'active') active += 1;
    return { active, ended: this.exercises.size - active };
  }

  /** Starts running an exercise: arms its deadline and its bots. */
  register(live: LiveExercise): void {
    const previous = this.exercises.get(live.id);
    if (previous !== undefined && previous !== live) disarm(previous);
    this.exercises.set(live.id, live);
    this.touch(live);
    this.settle(live);
  }

  /** Stops running an exercise (its stored data is the caller's business). */
  unregister(exerciseId: string): void {
    const live = this.exercises.get(exerciseId);
    if (live !== undefined) disarm(live);
    this.exercises.delete(exerciseId);
    this.endedInMemory.delete(exerciseId);
  }

  stop(): void {
    for (const live of this.exercises.values()) disarm(live);
    this.exercises.clear();
    this.endedInMemory.clear();
  }

  /**
   * Sends an event to the engine; if accepted, stores it (with the id of the
   * command it came from, in the same transaction), then settles and announces it.
   */
  apply(
    live: LiveExercise,
    event: ExerciseEvent,
    command: AppliedCommand | null,
    sender: EntrySender,
  ): ApplyResult {
    const phaseBefore = live.engine.phase;
    const accepted = acceptedIn(live.engine);
    const result = live.engine.send(event);
    if (!result.ok) return result;
    // The event, the end it may bring and its snapshot are stored together.
    return this.together(live.id, () =>
      this.store(live, event, command, sender, phaseBefore, accepted),
    );
  }

  /**
   * Runs `change`, whose writes to the exercise the store keeps together (one
   * transaction on PostgreSQL); at once, one by one, on a store without it.
   */
  together<T>(exerciseId: string, change: () => T): T {
    const { store } = this.deps;
    return store.together === undefined ? change() : store.together(exerciseId, change);
  }

  /** Stores an event the engine accepted, then settles and announces it. */
  private store(
    live: LiveExercise,
    event: ExerciseEvent,
    command: AppliedCommand | null,
    sender: EntrySender,
    phaseBefore: string,
    accepted: ReturnType<typeof acceptedIn>,
  ): ApplyResult {
    const { store } = this.deps;
    const seq = live.seq + 1;
    const entry: StoredEntry = {
      kind: 'event',
      event,
      commandId: command?.id ?? null,
      sender,
      accepted,
    };
    try {
      store.appendEvent(
        live.id,
        { seq, at: event.at, event: toPayload(entry) },
        command ?? undefined,
      );
    } catch (error) {
      // The engine moved on but the store did not: go back to what is stored.
      this.reload(live);
      throw error;
    }
    noteEntry(live, seq, event.at, entry);
    live.eventsSinceSnapshot += 1;
    const ended = live.engine.isEnded && live.record.status === 'active';
    if (ended) {
      store.markEnded(live.id, event.at);
      live.record = { ...live.record, status: 'ended', endedAt: event.at };
    }
    if (ended || live.engine.phase !== phaseBefore || live.eventsSinceSnapshot >= SNAPSHOT_EVERY) {
      this.snapshot(live);
    }
    this.settle(live);
    this.notify(live.id, { kind: 'event', seq });
    if (ended) this.touch(live);
    return { ok: true, seq };
  }

  /** Stores a service fact (lobby lock, bot seat, draft) and takes note of it. */
  appendService(live: LiveExercise, service: ServiceEntry, sender: EntrySender): void {
    const seq = live.seq + 1;
    const at = this.deps.clock.now();
    const entry: StoredEntry = { kind: 'service', service, sender };
    this.deps.store.appendEvent(live.id, { seq, at, event: toPayload(entry) });
    noteEntry(live, seq, at, entry);
  }

  /** Saves the roster's changed players and announces the change. */
  saveRoster(live: LiveExercise, changed: readonly { id: string }[]): void {
    if (changed.length === 0) return;
    const ids = new Set(changed.map((record) => record.id));
    try {
      for (const player of live.roster.all()) {
        if (ids.has(player.id)) this.deps.store.savePlayer(player);
      }
    } catch (error) {
      // The roster moved on but the store did not (a full disk): go back to what is stored.
      this.reload(live);
      throw error;
    }
    this.notify(live.id, { kind: 'roster' });
  }

  /** Arms the deadline and the bots for the exercise's current state. */
  settle(live: LiveExercise): void {
    if (live.engine.isEnded) {
      disarm(live);
      return;
    }
    armDeadline(this.host, live);
    scheduleBots(this.host, live);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(exerciseId: string, change: ExerciseChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(exerciseId, change);
      } catch (error) {
        this.deps.logger.error({ exerciseId, err: error }, 'change listener failed');
      }
    }
  }

  /** Marks an ended exercise as just used, and lets the least recently used ones leave memory. */
  private touch(live: LiveExercise): void {
    if (live.record.status !== 'ended') return;
    this.endedInMemory.delete(live.id);
    this.endedInMemory.add(live.id);
    for (const oldest of this.endedInMemory) {
      if (this.endedInMemory.size <= RESIDENT_ENDED) break;
      this.endedInMemory.delete(oldest);
      const leaving = this.exercises.get(oldest);
      if (leaving !== undefined) disarm(leaving);
      this.exercises.delete(oldest);
    }
  }

  /** An ended exercise that left memory, rebuilt from its stored snapshot and events. */
  private loadEnded(exerciseId: string): LiveExercise | undefined {
    const { store, scenarios, logger } = this.deps;
    const record = store.findExercise(exerciseId);
    if (record === undefined || record.status !== 'ended') return undefined;
    const scenario = scenarios.find(
      (candidate) =>
        candidate.id === record.scenarioId && candidate.version === record.scenarioVersion,
    );
    if (scenario === undefined) return undefined;
    try {
      const live = loadLiveExercise(store, scenario, record, logger);
      this.exercises.set(exerciseId, live);
      return live;
    } catch (error) {
      logger.error({ exerciseId, err: error }, 'ended exercise could not be loaded');
      return undefined;
    }
  }

  private snapshot(live: LiveExercise): void {
    try {
      this.deps.store.saveSnapshot(live.id, { seq: live.seq, snapshot: live.engine.persist() });
      live.eventsSinceSnapshot = 0;
    } catch (error) {
      // Not fatal: the log alone rebuilds the exercise.
      this.deps.logger.error({ exerciseId: live.id, err: error }, 'snapshot failed');
    }
  }

  private reload(live: LiveExercise): void {
    this.unregister(live.id);
    try {
      this.register(
        loadLiveExercise(this.deps.store, live.scenario, live.record, this.deps.logger),
      );
    } catch (error) {
      this.deps.logger.error({ exerciseId: live.id, err: error }, 'exercise could not be reloaded');
    }
  }
}
