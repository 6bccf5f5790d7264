import type { Ack } from './ack';
import type { ChatMessage } from './chat';
import type { ClientCommand } from './commands';
import type { PatchFrame, PersonalView, SyncRequest, ViewFrame } from './view-frames';

export { MAX_MESSAGE_BYTES, RATE_LIMITS } from './limits';

/** What the server answers to an applied command. */
export interface CommandReceipt {
  /** The command's own id. */
  commandId: string;
  /** True when the id had been applied before (a resend after a reconnect): nothing changed again. */
  duplicate: boolean;
}

/**
 * Client → server. Plain interfaces that socket.io's generics accept: the
 * server is `new Server<ClientToServerEvents, ServerToClientEvents>()`, the
 * browser `Socket<ServerToClientEvents, ClientToServerEvents>`. The server
 * must still validate every argument (`parseClientCommand`): the types
 * describe well-behaved clients only.
 */
export interface ClientToServerEvents {
  /** Every action goes through one event; the answer comes through the acknowledgement. */
  command: (command: ClientCommand, ack: (result: Ack<CommandReceipt>) => void) => void;
  /**
   * Asks for the whole view again (the server also pushes one on every
   * connection): after a gap in the patches' numbers. The request names the
   * scenario versions the client holds (`SyncRequest`).
   */
  sync: (request: SyncRequest, ack: (result: Ack<ViewFrame>) => void) => void;
}

/** Server → client. Names are nouns for state and past tense for what happened. */
export interface ServerToClientEvents {
  /** The recipient's whole view: on connection, and when Control moves the player to another class. */
  view: (frame: ViewFrame) => void;
  /** What changed in the recipient class's shared view; a gap in `seq` calls for a `sync`. */
  patch: (frame: PatchFrame) => void;
  /** A `view` or `patch` frame too large to send as it is: its JSON, deflated (PackedFrame). */
  packed: (data: ArrayBuffer | Uint8Array) => void;
  /**
   * A scenario's static face or Control's desk that the client does not hold,
   * just before the whole view that leaves it out: a StaticFrame's JSON,
   * deflated once per process and version, whoever it goes to.
   */
  static: (data: ArrayBuffer | Uint8Array) => void;
  /** The recipient's own part, whole, when it changed. */
  personal: (personal: PersonalView) => void;
  /** A new message in a channel the recipient reads (views carry no chat after the first). */
  chat: (message: ChatMessage) => void;
  /** Control removed this player; the token no longer works and the socket closes. */
  seatRemoved: (info: { reason: string }) => void;
  /** Control deleted the exercise; the socket closes. */
  exerciseDeleted: () => void;
  /**
   * The server is stopping (a restart, a deployment): every command it
   * acknowledged is stored, and the socket closes next. Reconnect, with the
   * same token, from `reconnectInMs` on (the restarted server, or another).
   */
  serverClosing: (hint: { reconnectInMs: number }) => void;
}
