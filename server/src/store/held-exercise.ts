import type { ExerciseHoldings } from './async-exercise-store';
import type {
  AppliedCommand,
  ChatRecord,
  ExerciseRecord,
  ForkOrigin,
  LoadedExercise,
  PlayerRecord,
  StoredEvent,
  StoredSnapshot,
  StoredWhatIf,
} from './exercise-store';
import { StoreConflictError } from './exercise-store';

/**
 * A JSON column's value as a database gives it back (undefined members
 * dropped, dates as strings): what is held is what a restore would read.
 */
function throughJson(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** A unique key written twice: the same refusal a database's constraint gives, before it is asked. */
export function uniqueViolation(what: string): Error {
  return new Error(`UNIQUE constraint failed: ${what}`);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Everything of one exercise a process owns, in memory: the same records
 * as the store keeps, read back in the same order. Each write is checked as
 * the database would check it (and refused before anything changes), then
 * applied; it returns the copy it keeps, which is also what is written to
 * the database. Reads return copies, so that no caller changes what is held.
 */
export class HeldExercise {
  private current: ExerciseRecord;
  private readonly events: StoredEvent[];
  private snapshot: StoredSnapshot | undefined;
  private readonly players: Map<string, PlayerRecord>;
  private readonly chat: ChatRecord[];
  private readonly chatIds: Set<string>;
  private readonly commands: Map<string, string>;
  private fork: ForkOrigin | undefined;
  private whatIf: StoredWhatIf | undefined;

  /** The exercise as the database holds it (copied). */
  constructor(holdings: ExerciseHoldings) {
    this.current = { ...holdings.record, settings: throughJson(holdings.record.settings) };
    this.events = structuredClone(holdings.events);
    this.snapshot = structuredClone(holdings.snapshot);
    this.players = new Map(holdings.players.map((player) => [player.id, { ...player }]));
    this.chat = holdings.chat.map((message) => ({ ...message }));
    this.chatIds = new Set(holdings.chat.map((message) => message.id));
    this.commands = new Map(holdings.commands.map((command) => [command.id, command.sender]));
    this.fork = structuredClone(holdings.fork);
    this.whatIf = structuredClone(holdings.whatIf);
  }

  /** A new exercise: nothing but its record. */
  static created(record: ExerciseRecord): HeldExercise {
    return new HeldExercise({
      record,
      events: [],
      snapshot: undefined,
      players: [],
      chat: [],
      commands: [],
      fork: undefined,
      whatIf: undefined,
    });
  }

  get id(): string {
    return this.current.id;
  }

  get joinCode(): string {
    return this.current.joinCode;
  }

  // Reads

  record(): ExerciseRecord {
    return structuredClone(this.current);
  }

  readEvents(): StoredEvent[] {
    return structuredClone(this.events);
  }

  /** The newest snapshot and the events after it. */
  loadExercise(): LoadedExercise {
    const after = this.snapshot?.seq ?? 0;
    return {
      record: this.record(),
      snapshot: structuredClone(this.snapshot),
      events: structuredClone(this.events.filter((event) => event.seq > after)),
    };
  }

  /** By arrival, then id (as SQLite orders them). */
  listPlayers(): PlayerRecord[] {
    return [...this.players.values()]
      .sort((a, b) => a.joinedAt - b.joinedAt || compare(a.id, b.id))
      .map((player) => ({ ...player }));
  }

  /** By time, then in the order they were written. */
  listChat(): ChatRecord[] {
    return [...this.chat].sort((a, b) => a.at - b.at).map((message) => ({ ...message }));
  }

  findCommand(commandId: string): string | undefined {
    return this.commands.get(commandId);
  }

  /** By command id. */
  listCommands(): AppliedCommand[] {
    return [...this.commands]
      .map(([id, sender]) => ({ id, sender }))
      .sort((a, b) => compare(a.id, b.id));
  }

  findFork(): ForkOrigin | undefined {
    return structuredClone(this.fork);
  }

  findWhatIf(): StoredWhatIf | undefined {
    return structuredClone(this.whatIf);
  }

  // Writes

  markEnded(at: number): void {
    this.current = { ...this.current, status: 'ended', endedAt: at };
  }

  /** Refuses (StoreConflictError) a seq that does not follow the last, and a command id seen before. */
  appendEvent(
    event: StoredEvent,
    command: AppliedCommand | undefined,
  ): { event: StoredEvent; command: AppliedCommand | undefined } {
    const last = this.events[this.events.length - 1]?.seq ?? 0;
    if (event.seq !== last + 1) {
      throw new StoreConflictError(
        `event ${event.seq} of exercise ${this.id} does not follow event ${last}`,
      );
    }
    if (command !== undefined) this.refuseSeenCommand(command.id);
    const kept = { seq: event.seq, at: event.at, event: throughJson(event.event) };
    this.events.push(kept);
    const keptCommand = command === undefined ? undefined : { ...command };
    if (keptCommand !== undefined) this.commands.set(keptCommand.id, keptCommand.sender);
    return { event: kept, command: keptCommand };
  }

  /** Kept if it is the newest (the database keeps them all, and reads the newest). */
  saveSnapshot(snapshot: StoredSnapshot): StoredSnapshot {
    const kept = { seq: snapshot.seq, snapshot: throughJson(snapshot.snapshot) };
    if (this.snapshot === undefined || kept.seq >= this.snapshot.seq) this.snapshot = kept;
    return kept;
  }

  /** Adds the player, or replaces the one of the same id. */
  savePlayer(player: PlayerRecord): PlayerRecord {
    const kept = { ...player };
    this.players.set(kept.id, kept);
    return kept;
  }

  appendChat(message: ChatRecord): ChatRecord {
    if (this.chatIds.has(message.id)) throw uniqueViolation('chat.id');
    const kept = { ...message };
    this.chat.push(kept);
    this.chatIds.add(kept.id);
    return kept;
  }

  recordCommand(command: AppliedCommand): AppliedCommand {
    this.refuseSeenCommand(command.id);
    const kept = { ...command };
    this.commands.set(kept.id, kept.sender);
    return kept;
  }

  recordFork(origin: ForkOrigin): ForkOrigin {
    if (this.fork !== undefined) throw uniqueViolation('forks.exercise_id');
    const kept = { ...origin };
    this.fork = kept;
    return kept;
  }

  /** Keeps or replaces the analysis. */
  saveWhatIf(whatIf: StoredWhatIf): StoredWhatIf {
    const kept = { ...whatIf, analysis: throughJson(whatIf.analysis) };
    this.whatIf = kept;
    return kept;
  }

  private refuseSeenCommand(commandId: string): void {
    if (this.commands.has(commandId)) {
      throw uniqueViolation('applied_commands.exercise_id, applied_commands.command_id');
    }
  }
}
