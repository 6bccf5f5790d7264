import type { Ack } from './ack';
import type { ChatMessage } from './chat';
import type { ClientCommand } from './commands';
import type { Notice } from './notices';
import type { ExerciseView } from './views';

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
  /** Asks for the current view again (the server also pushes one on every connection). */
  sync: (ack: (result: Ack<ExerciseView>) => void) => void;
}

/** Server → client. Names are nouns for state and past tense for what happened. */
export interface ServerToClientEvents {
  /** The recipient's whole view, after every change that alters it. */
  view: (view: ExerciseView) => void;
  /** A new message in a channel the recipient reads (it is also in the next view). */
  chat: (message: ChatMessage) => void;
  notice: (notice: Notice) => void;
  /** Control removed this player; the token no longer works and the socket closes. */
  seatRemoved: (info: { reason: string }) => void;
  /** Control deleted the exercise; the socket closes. */
  exerciseDeleted: () => void;
}
