import type { ClientToServerEvents, Recipient, ServerToClientEvents } from '@borderline/shared';
import type { Server, Socket } from 'socket.io';
import type { CommandSender } from '../exercises';

/** What the server keeps on each socket once its handshake is accepted. */
export interface SocketData {
  exerciseId: string;
  /** Who sends this socket's commands: Control, or a seated player (observers included). */
  sender: CommandSender;
  /** Who this socket's views are computed for; follows the player when Control moves it. */
  recipient: Recipient;
  /** The scenario versions ("id@version") the client said it holds: its frames leave them out. */
  heldScenarios: string[];
  /** The recipient class whose patches this socket receives (its room); null before its first view. */
  viewClass: string | null;
  /** The personal part last sent, serialised, to send it again only when it changed. */
  personal: string | null;
}

/** Between the processes of a cluster (the Redis adapter): an exercise has a new owner, reached at `address`. */
export interface InterServerEvents {
  'exercise-owned': (exerciseId: string, address: string) => void;
}

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

/** The room of one recipient class of an exercise: its patches are sent to the room at once. */
export function classRoom(exerciseId: string, viewClass: string): string {
  return `exercise:${exerciseId}:${viewClass}`;
}
