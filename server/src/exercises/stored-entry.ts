import { LogSender, PHASES, type DraftDecision } from '@borderline/shared';
import { z } from 'zod';
import type { Temperament } from '../bots';
import type { AcceptedIn, ExerciseEvent } from '../engine';
import type { StoredEvent } from '../store/exercise-store';

/** Who may send a command through the service. */
export type CommandSender = { kind: 'facilitator' } | { kind: 'player'; playerId: string };

/** Who sent what the log records: a command's sender, or the server itself (a bot seat, the clock). */
export type EntrySender = LogSender;

/**
 * The service's own facts, kept in the exercise's log beside the engine's
 * events so that they survive a restart: the lobby lock, bot seats and the
 * latest draft of each team. The engine never sees them.
 */
export type ServiceEntry =
  | { type: 'lobby.lock'; locked: boolean }
  | { type: 'seat.set'; team: string; seat: 'human' | 'bot'; temperament: Temperament | null }
  /** A team's draft replaced (null: cleared). */
  | { type: 'draft.update'; team: string; move: number; draft: DraftDecision | null }
  /** Control lets the players read the after-action report once the exercise has ended, or stops. */
  | { type: 'report.share'; shared: boolean }
  /** Control lets the players replay every team's point of view after the end, or stops. */
  | { type: 'replay.revealSecrets'; revealed: boolean }
  /** Control rates a team on a learning objective (level null and no note: withdrawn). */
  | {
      type: 'rating.set';
      team: string;
      objective: string;
      level: string | null;
      note: string | null;
    };

/** One entry of the stored log: an event the engine accepted, or a service fact. */
export type StoredEntry =
  | {
      kind: 'event';
      event: ExerciseEvent;
      commandId: string | null;
      sender: EntrySender;
      /** Absent from entries stored before it was kept: a replay from the start recomputes it. */
      accepted?: AcceptedIn | undefined;
    }
  | { kind: 'service'; service: ServiceEntry; sender: EntrySender };

/** What goes into the store's `event` column. */
export type StoredPayload =
  | {
      event: ExerciseEvent;
      commandId: string | null;
      sender: EntrySender;
      accepted?: AcceptedIn | undefined;
    }
  | { service: ServiceEntry; sender: EntrySender };

const EventPayload = z.object({
  event: z.looseObject({ type: z.string(), at: z.number() }),
  commandId: z.string().nullable(),
  sender: LogSender,
  accepted: z.object({ move: z.number(), phase: z.enum(PHASES), paused: z.boolean() }).optional(),
});

const ServicePayload = z.object({
  service: z.discriminatedUnion('type', [
    z.object({ type: z.literal('lobby.lock'), locked: z.boolean() }),
    z.object({
      type: z.literal('seat.set'),
      team: z.string(),
      seat: z.enum(['human', 'bot']),
      temperament: z.enum(['hawkish', 'cooperative', 'balanced']).nullable(),
    }),
    z.object({
      type: z.literal('draft.update'),
      team: z.string(),
      move: z.number(),
      draft: z.looseObject({ kind: z.string() }).nullable(),
    }),
    z.object({ type: z.literal('report.share'), shared: z.boolean() }),
    z.object({ type: z.literal('replay.revealSecrets'), revealed: z.boolean() }),
    z.object({
      type: z.literal('rating.set'),
      team: z.string(),
      objective: z.string(),
      level: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ]),
  sender: LogSender,
});

export function toPayload(entry: StoredEntry): StoredPayload {
  if (entry.kind === 'service') return { service: entry.service, sender: entry.sender };
  const { event, commandId, sender, accepted } = entry;
  return accepted === undefined
    ? { event, commandId, sender }
    : { event, commandId, sender, accepted };
}

/**
 * Reads one stored entry back. The shape is checked, but the original
 * objects are kept as they were written (a parsed copy could reorder keys,
 * and a replayed log must rebuild the state byte for byte).
 */
export function readEntry(exerciseId: string, stored: StoredEvent): StoredEntry {
  const payload = stored.event as StoredPayload;
  if (EventPayload.safeParse(stored.event).success && 'event' in payload) {
    return { kind: 'event', ...payload };
  }
  if (ServicePayload.safeParse(stored.event).success && 'service' in payload) {
    return { kind: 'service', ...payload };
  }
  throw new Error(`Entry ${stored.seq} of exercise ${exerciseId} is not a stored command.`);
}

/** A sender as one string, to compare who sent a command id. */
export function senderKey(sender: EntrySender): string {
  switch (sender.kind) {
    case 'player':
      return `player:${sender.playerId}`;
    case 'bot':
      return `bot:${sender.team}`;
    default:
      return sender.kind;
  }
}
