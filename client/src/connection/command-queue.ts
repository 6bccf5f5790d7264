import type { Ack, ClientCommand, CommandReceipt } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { newCommandId } from './command-id';

/** Puts one command on the wire; `answer` gets the server's acknowledgement. */
export type EmitCommand = (
  command: ClientCommand,
  answer: (ack: Ack<CommandReceipt>) => void,
) => void;

interface Pending {
  command: ClientCommand;
  resolve: (ack: Ack<CommandReceipt>) => void;
  reject: (error: Error) => void;
}

/**
 * The commands sent and not yet answered. An acknowledgement lost with a
 * connection never comes (socket.io drops the callback), so on every
 * (re)connection each unanswered command is sent again with its SAME id:
 * the server applies an id once and answers a repeat `duplicate: true`.
 * Commands sent while disconnected wait for the next connection.
 */
export class CommandQueue {
  private readonly pending = new Map<string, Pending>();
  private live = false;

  constructor(private readonly emit: EmitCommand) {}

  /** Resolves with the server's Ack (a refusal included); rejects only if the connection closes for good. */
  send(command: OutgoingCommand): Promise<Ack<CommandReceipt>> {
    const full = { ...command, id: command.id ?? newCommandId() } as ClientCommand;
    if (this.pending.has(full.id))
      return Promise.reject(new Error(`command ${full.id} is already waiting for its answer`));
    return new Promise((resolve, reject) => {
      const entry: Pending = { command: full, resolve, reject };
      this.pending.set(full.id, entry);
      if (this.live) this.transmit(entry);
    });
  }

  /** How many commands are still waiting for an answer. */
  get size(): number {
    return this.pending.size;
  }

  connected(): void {
    this.live = true;
    for (const entry of this.pending.values()) this.transmit(entry);
  }

  disconnected(): void {
    this.live = false;
  }

  /** The connection is over (closed, refused): nobody will answer these. */
  failAll(error: Error): void {
    this.live = false;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) entry.reject(error);
  }

  private transmit(entry: Pending): void {
    const { id } = entry.command;
    this.emit(entry.command, (ack) => {
      // Only the first answer counts (a late one from an earlier send is ignored).
      if (this.pending.get(id) !== entry) return;
      this.pending.delete(id);
      entry.resolve(ack);
    });
  }
}
