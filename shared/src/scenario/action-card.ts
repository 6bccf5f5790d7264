import { z } from 'zod';
import { Condition } from './condition';
import { Effect } from './effect';
import { Id, LocalizedText, Percent } from './primitives';

export const OddsModifier = z.strictObject({
  when: Condition,
  delta: z.number().int().min(-100).max(100),
  reason: LocalizedText,
});
export type OddsModifier = z.infer<typeof OddsModifier>;

/** What follows when the action succeeds, or fails. */
export const ActionOutcome = z.strictObject({
  text: LocalizedText,
  effects: z.array(Effect).default([]),
  triggers: z.array(Id).default([]),
  /** Whether this outcome makes a covert action public. */
  reveals: z.boolean().optional(),
});
export type ActionOutcome = z.infer<typeof ActionOutcome>;

export const ActionCard = z.strictObject({
  id: Id,
  team: Id,
  name: LocalizedText,
  description: LocalizedText,
  visibility: z.enum(['public', 'covert']),
  /** How often the team may play it in one move. */
  limitPerMove: z.number().int().min(1).default(1),
  /** How often in the whole exercise, if rationed. */
  maxUses: z.number().int().min(1).optional(),
  /** Paid whatever the outcome. */
  costs: z.array(Effect).default([]),
  prerequisites: Condition.optional(),
  odds: z.strictObject({
    base: Percent,
    modifiers: z.array(OddsModifier).default([]),
  }),
  onSuccess: ActionOutcome,
  onFailure: ActionOutcome,
});
export type ActionCard = z.infer<typeof ActionCard>;
