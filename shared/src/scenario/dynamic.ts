import { z } from 'zod';
import { Condition } from './condition';
import { Effect } from './effect';
import { Id, LocalizedText } from './primitives';

/**
 * How the world moves by itself after every move, whatever the teams played:
 * checked in order once the move's actions and injects are applied, each
 * applied once per move while its condition holds. Displacement (a flow cut
 * by pressure on labs rebounds while the networks and their protection stand)
 * is such a rule; the results explain it like any other change.
 */
export const Dynamic = z.strictObject({
  id: Id,
  when: Condition,
  effects: z.array(Effect).min(1),
  /** Why the world moves this way, as the results show it. */
  text: LocalizedText,
});
export type Dynamic = z.infer<typeof Dynamic>;
