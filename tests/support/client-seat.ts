import type { Ack, CommandReceipt, ExerciseView, SocketAuth } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { ExerciseConnection } from '../../client/src/connection/exercise-connection';
import type { ConnectionStatus } from '../../client/src/state/connection-slice';
import { createExerciseStore, type ExerciseStore } from '../../client/src/state/exercise-store';

/** One command as a seat sent it, and what became of it. */
export interface SentCommand {
  id: string;
  type: string;
  command: OutgoingCommand;
  seat: string;
  sentAt: number;
  /** When its acknowledgement came (Date.now()); null while none has. */
  answeredAt: number | null;
  ack: Ack<CommandReceipt> | null;
}

/**
 * A seat played through the browser's own connection layer
 * (ExerciseConnection and its store), not a test client: it reconnects as
 * the browser does and resends every unanswered command with its id. Every
 * view and every change of status is timed (Date.now()), so that a test can
 * tell what came back after a given moment.
 */
export class ClientSeat {
  readonly store: ExerciseStore;
  readonly connection: ExerciseConnection;
  readonly sent: SentCommand[] = [];
  /** When each view arrived. */
  readonly viewTimes: number[] = [];
  /** Each status the connection went through, with when. */
  readonly statuses: { status: ConnectionStatus; at: number }[] = [];
  private counter = 0;

  constructor(
    readonly label: string,
    baseUrl: string,
    auth: SocketAuth,
    reconnectionDelayMs?: number,
  ) {
    // No storage: a seat remembers nothing between tests.
    this.store = createExerciseStore(null);
    this.store.subscribe((state, previous) => {
      const now = Date.now();
      if (state.view.current !== previous.view.current) this.viewTimes.push(now);
      if (state.connection.status !== previous.connection.status) {
        this.statuses.push({ status: state.connection.status, at: now });
      }
    });
    this.connection = new ExerciseConnection(auth, this.store, {
      baseUrl,
      ...(reconnectionDelayMs === undefined ? {} : { reconnectionDelayMs }),
    });
  }

  get status(): ConnectionStatus {
    return this.store.getState().connection.status;
  }

  /** The latest view; throws before the first. */
  get view(): ExerciseView {
    const view = this.store.getState().view.current;
    if (view === null) throw new Error(`${this.label} has no view yet`);
    return view;
  }

  /** Resolves with the first view at or after `since` that passes `accept`. */
  waitForView(
    accept: (view: ExerciseView) => boolean,
    timeoutMs: number,
    since = 0,
  ): Promise<ExerciseView> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const { current, receivedAt } = this.store.getState().view;
        if (current === null || receivedAt === null || receivedAt < since) return false;
        if (!accept(current)) return false;
        clearTimeout(timer);
        unsubscribe();
        resolve(current);
        return true;
      };
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`${this.label}: no such view within ${timeoutMs} ms`));
      }, timeoutMs);
      const unsubscribe = this.store.subscribe(() => void check());
      check();
    });
  }

  /**
   * Sends a command with an id of this seat's own (`<label>-<n>-<random>`), recorded in `sent`.
   * The promise is the connection's: it waits across reconnections.
   */
  send(command: OutgoingCommand): { record: SentCommand; answer: Promise<Ack<CommandReceipt>> } {
    this.counter += 1;
    const suffix = globalThis.crypto.randomUUID().slice(0, 8);
    const id = `${this.label}-${this.counter}-${suffix}`;
    const record: SentCommand = {
      id,
      type: command.type,
      command,
      seat: this.label,
      sentAt: Date.now(),
      answeredAt: null,
      ack: null,
    };
    this.sent.push(record);
    const answer = this.connection.send({ ...command, id } as OutgoingCommand).then((ack) => {
      record.answeredAt = Date.now();
      record.ack = ack;
      return ack;
    });
    return { record, answer };
  }

  /**
   * Sends a command this seat sent before again, with its id, as a client
   * whose answer was lost does; not recorded in `sent` a second time.
   */
  resend(record: SentCommand): Promise<Ack<CommandReceipt>> {
    if (!this.sent.includes(record)) throw new Error(`${this.label} did not send ${record.id}`);
    return this.connection.send({ ...record.command, id: record.id } as OutgoingCommand);
  }

  /** Sends and waits for an accepted answer; a refusal throws with the server's words. */
  async expectOk(command: OutgoingCommand): Promise<CommandReceipt> {
    const ack = await this.send(command).answer;
    if (!ack.ok) {
      throw new Error(
        `${this.label}: ${command.type} refused: ${ack.error.code}: ${ack.error.message}`,
      );
    }
    return ack.data;
  }

  close(): void {
    this.connection.close();
  }
}
