import { z } from 'zod';
import { Id } from '../scenario/primitives';

/** A person (or bot) in an exercise, as everybody may see them. */
export const RosterEntry = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** A team id, or null for an observer. */
  team: Id.nullable(),
  isLead: z.boolean(),
  isBot: z.boolean(),
  connected: z.boolean(),
  /**
   * Present only on the room's projector seat (an observer seat Control's
   * browser takes, see `POST /api/exercises/:id/projector`): it is a screen,
   * not a person, so the projection leaves it out of every view's roster,
   * of participation and of the report. Absent in exports made before it.
   */
  kind: z.literal('projector').optional(),
});
export type RosterEntry = z.infer<typeof RosterEntry>;

/** A team seat is played by people, by a bot, or by nobody yet. */
export const SeatKind = z.enum(['human', 'bot', 'empty']);
export type SeatKind = z.infer<typeof SeatKind>;

/** Who a view is computed for. */
export type Recipient =
  | { kind: 'facilitator' }
  | { kind: 'team'; team: string; player: string }
  | { kind: 'observer'; player: string | null };
