/**
 * Where exercises live between server restarts: their settings, the append-only
 * log of accepted events, snapshots, the roster and the chat. The engine knows
 * nothing of it; the server writes every accepted event here before it tells
 * anybody the event happened.
 */

export type ExerciseStatus = 'active' | 'ended';

export interface ExerciseRecord {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  joinCode: string;
  /** Only a hash: the key itself is shown once to the facilitator who created the exercise. */
  facilitatorKeyHash: string;
  /** The facilitator's choices at creation (timing, practice move, language), as JSON. */
  settings: unknown;
  status: ExerciseStatus;
  createdAt: number;
  endedAt: number | null;
}

export interface StoredEvent {
  /** 1, 2, 3…: the event's place in the exercise's log. */
  seq: number;
  at: number;
  event: unknown;
}

export interface StoredSnapshot {
  /** The seq of the last event the snapshot includes. */
  seq: number;
  snapshot: unknown;
}

/** Who holds a seat: a person (player or observer), or the room's projector (a screen). */
export type SeatHolderKind = 'person' | 'projector';

export interface PlayerRecord {
  id: string;
  exerciseId: string;
  /** A hash of the seat token the player's browser keeps to come back to its seat. */
  tokenHash: string;
  name: string;
  /** A team id, or null for an observer. */
  team: string | null;
  isLead: boolean;
  joinedAt: number;
  removed: boolean;
  kind: SeatHolderKind;
}

export interface ChatRecord {
  id: string;
  exerciseId: string;
  channel: string;
  /** A player id, or "facilitator". */
  sender: string;
  text: string;
  at: number;
  move: number;
  phase: string;
}

/** Where a forked exercise came from: the original's id and the move the fork opens with. */
export interface ForkOrigin {
  exerciseId: string;
  move: number;
}

/** A client's command id and who sent it, kept so that a resent command is applied once. */
export interface AppliedCommand {
  id: string;
  /** The sender as one string (`facilitator`, `player:<id>`). */
  sender: string;
}

export interface LoadedExercise {
  record: ExerciseRecord;
  /** The newest snapshot, if any was saved. */
  snapshot: StoredSnapshot | undefined;
  /** The events after the snapshot (all of them when there is none), in order. */
  events: StoredEvent[];
}

/** An exercise's choices-versus-dice analysis, as computed once after its ending. */
export interface StoredWhatIf {
  /** The analysis method's version: one computed by an older method is computed again. */
  method: number;
  computedAt: number;
  /** The analysis, or null when the log reached no ending to analyse. */
  analysis: unknown;
}

export interface ExerciseStore {
  createExercise(record: ExerciseRecord): void;
  findExercise(id: string): ExerciseRecord | undefined;
  findExerciseByJoinCode(joinCode: string): ExerciseRecord | undefined;
  listExercises(): ExerciseRecord[];
  markEnded(id: string, at: number): void;
  deleteExercise(id: string): void;

  /**
   * Appends the next event; refuses a seq that is not exactly one more than
   * the last. With `command`, remembers its id in the same transaction.
   */
  appendEvent(exerciseId: string, event: StoredEvent, command?: AppliedCommand): void;
  /** Every event of the exercise, in order. */
  readEvents(exerciseId: string): StoredEvent[];
  saveSnapshot(exerciseId: string, snapshot: StoredSnapshot): void;
  loadExercise(id: string): LoadedExercise | undefined;

  savePlayer(player: PlayerRecord): void;
  listPlayers(exerciseId: string): PlayerRecord[];

  appendChat(message: ChatRecord): void;
  listChat(exerciseId: string): ChatRecord[];

  /** Remembers who applied a command (one whose change is not an event of the log). */
  recordCommand(exerciseId: string, command: AppliedCommand): void;
  /** The sender that applied this command id, if any: every command's id, engine's or not. */
  findCommand(exerciseId: string, commandId: string): string | undefined;
  /** Every command id applied in the exercise, with its sender. */
  listCommands(exerciseId: string): AppliedCommand[];

  /** Remembers that an exercise is a fork of another. */
  recordFork(exerciseId: string, origin: ForkOrigin): void;
  findFork(exerciseId: string): ForkOrigin | undefined;

  /** Keeps (or replaces) the exercise's what-if analysis. */
  saveWhatIf(exerciseId: string, whatIf: StoredWhatIf): void;
  findWhatIf(exerciseId: string): StoredWhatIf | undefined;

  /**
   * Runs `change`, whose writes to the exercise are stored together, in one
   * transaction (a service command's change and its id, so that a crash
   * between them cannot leave the change without the id that makes a resent
   * command a repeat). A store without it writes each at once.
   */
  together?<T>(exerciseId: string, change: () => T): T;

  /**
   * Resolves once every write made so far (of one exercise, or of all) is
   * durable; rejects if one failed. A store whose writes are durable when
   * they return (SQLite) has none: a reply waits on it only where it exists.
   */
  whenDurable?(exerciseId?: string): Promise<void>;

  close(): void;
}

export class StoreConflictError extends Error {}
