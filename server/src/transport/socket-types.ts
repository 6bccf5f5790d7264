import type {
  ClientToServerEvents,
  ExerciseView,
  Recipient,
  ServerToClientEvents,
} from '@borderline/shared';
import type { Server, Socket } from 'socket.io';
import type { CommandSender } from '../exercises';

/** What the server keeps on each socket once its handshake is accepted. */
export interface SocketData {
  exerciseId: string;
  /** Who sends this socket's commands: Control, or a seated player (observers included). */
  sender: CommandSender;
  /** Who this socket's views are computed for; follows the player when Control moves it. */
  recipient: Recipient;
  /** The last view sent, to derive notices and to skip views that did not change. */
  view: ExerciseView | null;
  /** The last view sent without its clock readings, to tell whether a new view differs. */
  fingerprint: string | null;
}

/** No server-to-server events: one process runs every exercise. */
export type InterServerEvents = Record<string, never>;

export type TransportServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export type TransportSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

/** The socket.io room every socket of an exercise joins. */
export function exerciseRoom(exerciseId: string): string {
  return `exercise:${exerciseId}`;
}
