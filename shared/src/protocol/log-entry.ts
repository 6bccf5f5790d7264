import { z } from 'zod';
import type { Phase } from './machine-states';

/**
 * Who sent what the log records: Control, a player (a team's decision comes
 * from its lead), a bot seat, or the server's clock. The store, the engine's
 * log and Control's view use this one model.
 */
export const LogSender = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('facilitator') }),
  z.strictObject({ kind: z.literal('player'), playerId: z.string() }),
  z.strictObject({ kind: z.literal('bot'), team: z.string() }),
  z.strictObject({ kind: z.literal('clock') }),
]);
export type LogSender = z.infer<typeof LogSender>;

/** An engine event as the wire carries it (the server types it as its ExerciseEvent). */
export type LoggedEvent = { type: string; at: number } & Record<string, unknown>;

/**
 * One event the engine accepted, as the exercise's log keeps it: numbered by
 * the store (`seq`, shared with the service's own entries, so it has gaps),
 * with the move, phase and pause it arrived in, and who sent it.
 */
export interface LogEntry<E extends { type: string; at: number } = LoggedEvent> {
  seq: number;
  at: number;
  move: number;
  phase: Phase;
  paused: boolean;
  sender: LogSender;
  event: E;
}
