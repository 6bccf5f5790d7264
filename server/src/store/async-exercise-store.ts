/**
 * The event store as a database server holds it: the same records as
 * ExerciseStore, every call asynchronous. PostgreSQL implements it; SQLite
 * does too (through asyncStore) so that one test suite checks both. The
 * engine's side never awaits it: MirroredStore keeps the exercises a process
 * owns in memory and writes them through, in order, to this store.
 */
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

/** Everything stored of one exercise: what a process needs to own it. */
export interface ExerciseHoldings {
  record: ExerciseRecord;
  /** Every event of the log, in order. */
  events: StoredEvent[];
  /** The newest snapshot, if any. */
  snapshot: StoredSnapshot | undefined;
  players: PlayerRecord[];
  chat: ChatRecord[];
  /** Every command id applied, with its sender. */
  commands: AppliedCommand[];
  fork: ForkOrigin | undefined;
  whatIf: StoredWhatIf | undefined;
}

export interface AsyncExerciseStore {
  createExercise(record: ExerciseRecord): Promise<void>;
  findExercise(id: string): Promise<ExerciseRecord | undefined>;
  findExerciseByJoinCode(joinCode: string): Promise<ExerciseRecord | undefined>;
  listExercises(): Promise<ExerciseRecord[]>;
  markEnded(id: string, at: number): Promise<void>;
  deleteExercise(id: string): Promise<void>;

  /** As ExerciseStore.appendEvent: a seq that is not exactly one more than the last is refused (StoreConflictError). */
  appendEvent(exerciseId: string, event: StoredEvent, command?: AppliedCommand): Promise<void>;
  readEvents(exerciseId: string): Promise<StoredEvent[]>;
  saveSnapshot(exerciseId: string, snapshot: StoredSnapshot): Promise<void>;
  loadExercise(id: string): Promise<LoadedExercise | undefined>;

  savePlayer(player: PlayerRecord): Promise<void>;
  listPlayers(exerciseId: string): Promise<PlayerRecord[]>;

  appendChat(message: ChatRecord): Promise<void>;
  listChat(exerciseId: string): Promise<ChatRecord[]>;

  recordCommand(exerciseId: string, command: AppliedCommand): Promise<void>;
  findCommand(exerciseId: string, commandId: string): Promise<string | undefined>;
  listCommands(exerciseId: string): Promise<AppliedCommand[]>;

  recordFork(exerciseId: string, origin: ForkOrigin): Promise<void>;
  findFork(exerciseId: string): Promise<ForkOrigin | undefined>;

  saveWhatIf(exerciseId: string, whatIf: StoredWhatIf): Promise<void>;
  findWhatIf(exerciseId: string): Promise<StoredWhatIf | undefined>;

  /**
   * Runs the writes `group` makes (to one exercise, through the store it is
   * given) in one transaction: all of them land, or none. Without it, they
   * run one after the other.
   */
  together?(exerciseId: string, group: (store: StoreWrites) => Promise<void>): Promise<void>;

  /** Everything stored of one exercise, read at one point in time (one transaction). */
  loadHoldings(exerciseId: string): Promise<ExerciseHoldings | undefined>;

  close(): Promise<void>;
}

/** The writes of the asynchronous store: what a group of writes (`together`) may make. */
export type StoreWrites = Pick<
  AsyncExerciseStore,
  | 'createExercise'
  | 'markEnded'
  | 'deleteExercise'
  | 'appendEvent'
  | 'saveSnapshot'
  | 'savePlayer'
  | 'appendChat'
  | 'recordCommand'
  | 'recordFork'
  | 'saveWhatIf'
>;

/**
 * A synchronous store seen through the asynchronous interface (SQLite: its
 * calls are already durable when they return). Errors become rejections.
 */
export function asyncStore(store: ExerciseStore): AsyncExerciseStore {
  const run = <T>(call: () => T): Promise<T> => {
    try {
      return Promise.resolve(call());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    createExercise: (record) => run(() => store.createExercise(record)),
    findExercise: (id) => run(() => store.findExercise(id)),
    findExerciseByJoinCode: (code) => run(() => store.findExerciseByJoinCode(code)),
    listExercises: () => run(() => store.listExercises()),
    markEnded: (id, at) => run(() => store.markEnded(id, at)),
    deleteExercise: (id) => run(() => store.deleteExercise(id)),
    appendEvent: (id, event, command) => run(() => store.appendEvent(id, event, command)),
    readEvents: (id) => run(() => store.readEvents(id)),
    saveSnapshot: (id, snapshot) => run(() => store.saveSnapshot(id, snapshot)),
    loadExercise: (id) => run(() => store.loadExercise(id)),
    savePlayer: (player) => run(() => store.savePlayer(player)),
    listPlayers: (id) => run(() => store.listPlayers(id)),
    appendChat: (message) => run(() => store.appendChat(message)),
    listChat: (id) => run(() => store.listChat(id)),
    recordCommand: (id, command) => run(() => store.recordCommand(id, command)),
    findCommand: (id, commandId) => run(() => store.findCommand(id, commandId)),
    listCommands: (id) => run(() => store.listCommands(id)),
    recordFork: (id, origin) => run(() => store.recordFork(id, origin)),
    findFork: (id) => run(() => store.findFork(id)),
    saveWhatIf: (id, whatIf) => run(() => store.saveWhatIf(id, whatIf)),
    findWhatIf: (id) => run(() => store.findWhatIf(id)),
    loadHoldings: (id) =>
      run(() => {
        const record = store.findExercise(id);
        if (record === undefined) return undefined;
        const loaded = store.loadExercise(id);
        return {
          record,
          events: store.readEvents(id),
          snapshot: loaded?.snapshot,
          players: store.listPlayers(id),
          chat: store.listChat(id),
          commands: store.listCommands(id),
          fork: store.findFork(id),
          whatIf: store.findWhatIf(id),
        };
      }),
    close: () => run(() => store.close()),
  };
}
