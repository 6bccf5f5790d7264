import { z } from 'zod';
import { PHASES } from './machine-states';

/**
 * What a refusal is about, as data: the ids and numbers a reader needs to
 * understand it, which a screen words in its reader's language through the
 * view's names ("It is Mexico City's turn, not Washington's"). The ack's
 * English `message` says the same for logs and non-browser clients.
 * Which fields a reason always carries is declared with the reason
 * (REFUSAL_REASONS' `detail`), so the compiler makes the server fill them
 * and a test makes every sentence use only them.
 */
export const RefusalDetail = z.strictObject({
  /** The team the refusal is about: the sender's, or the one a command names. */
  team: z.string().optional(),
  /** The team whose turn it is now (`not-their-turn`); absent when it is nobody's. */
  current: z.string().optional(),
  /** The team a card belongs to (`not-their-card`). */
  owner: z.string().optional(),
  /** The teams a refusal lists (`teams-unseated`). */
  teams: z.array(z.string()).optional(),
  /** An action card. */
  card: z.string().optional(),
  /** A played action (`m1-washington-0`), named by its card and team. */
  action: z.string().optional(),
  /** The played actions a refusal lists (`freeform-odds-missing`). */
  actions: z.array(z.string()).optional(),
  track: z.string().optional(),
  inject: z.string().optional(),
  /** The phase the exercise is in now. */
  phase: z.enum(PHASES).optional(),
  /** The move the refusal is about (or the move now). */
  move: z.number().optional(),
  /** A limit: at most this many (actions, uses, characters). */
  limit: z.number().optional(),
  /** How many the refused command had (played, characters). */
  given: z.number().optional(),
  /** How many were used before (a card's uses in the exercise). */
  used: z.number().optional(),
  /** A range's bounds (a track's values, a replay's steps). */
  min: z.number().optional(),
  max: z.number().optional(),
  /** A name a person typed (`duplicate-name`): shown as written. */
  name: z.string().optional(),
});
export type RefusalDetail = z.infer<typeof RefusalDetail>;
export type RefusalDetailField = keyof RefusalDetail;

/** Every field, for a check that walks them. */
export const REFUSAL_DETAIL_FIELDS = Object.keys(RefusalDetail.shape) as RefusalDetailField[];
