import { z } from 'zod';
import { Condition } from './condition';
import { Effect } from './effect';
import { Id, LocalizedText } from './primitives';

/** A choice forced on one team when an ending fires (accept the strike as joint, or denounce it). */
export const Dilemma = z.strictObject({
  team: Id,
  prompt: LocalizedText,
  options: z
    .array(
      z.strictObject({
        id: Id,
        label: LocalizedText,
        text: LocalizedText,
        effects: z.array(Effect).default([]),
      }),
    )
    .min(2, 'expected at least two options'),
});
export type Dilemma = z.infer<typeof Dilemma>;

/**
 * Early endings are checked after every adjudication, in order; final endings
 * after the last move, in order, the first that holds wins.
 */
export const Ending = z.strictObject({
  id: Id,
  kind: z.enum(['early', 'final']),
  title: LocalizedText,
  text: LocalizedText,
  condition: Condition,
  /**
   * Whether players know in advance that this ending exists: an early
   * ending's track thresholds are then marked on every gauge ("ends the
   * exercise at 6"). Secret by default: only Control sees them.
   */
  visibility: z.enum(['public', 'secret']).optional(),
  dilemma: Dilemma.optional(),
});
export type Ending = z.infer<typeof Ending>;
