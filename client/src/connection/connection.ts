import type { Ack, CommandReceipt, SocketAuth } from '@borderline/shared';
import type { OutgoingCommand } from '@borderline/shared/client';
import { useExerciseStore, type ExerciseStore } from '../state/exercise-store';
import { ExerciseConnection, type ConnectOptions } from './exercise-connection';

/**
 * The page's one connection (the protocol: one socket per tab). Screens call
 * these three functions; what the server says reaches them through the store.
 */
let current: ExerciseConnection | null = null;

/** Opens the socket with a seat's credentials, closing any earlier one. */
export function connectToExercise(
  auth: SocketAuth,
  options: ConnectOptions & { store?: ExerciseStore } = {},
): ExerciseConnection {
  current?.close();
  current = new ExerciseConnection(auth, options.store ?? useExerciseStore, options);
  return current;
}

/**
 * Sends a command (an id is made unless given) and resolves with the
 * server's Ack, across reconnections: an unanswered command is resent with
 * the same id, so it is applied once. Rejects only when there is no
 * connection or it ends for good (closed, refused).
 */
export function sendCommand(command: OutgoingCommand): Promise<Ack<CommandReceipt>> {
  if (current === null) return Promise.reject(new Error('not connected to an exercise'));
  return current.send(command);
}

export function disconnect(): void {
  current?.close();
  current = null;
}
