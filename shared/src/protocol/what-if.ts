import { z } from 'zod';
import { LocalizedText } from '../scenario/primitives';

/**
 * Choices versus dice: for a played exercise, how the ending would have
 * been distributed had a decisive roll gone the other way, or had a team
 * chosen otherwise at a key decision. Each distribution counts the endings
 * of the rest of the game re-played by bots from that point, many times
 * under varied seeds (see server/src/what-if). Served by
 * `GET /api/exercises/:id/what-if` and carried by the report.
 */

/** One ending's share of a branch's continuations; `ending` null is "no named ending". */
export const WhatIfEndingCount = z.strictObject({
  ending: z.string().nullable(),
  count: z.number().int().nonnegative(),
});
export type WhatIfEndingCount = z.infer<typeof WhatIfEndingCount>;

/** How the continuations of one branch ended, most frequent first. */
export const WhatIfDistribution = z.array(WhatIfEndingCount);
export type WhatIfDistribution = z.infer<typeof WhatIfDistribution>;

/** A decision as the analysis names it: its cards, a free-form action, or holding. */
export const WhatIfDecision = z.strictObject({
  kind: z.enum(['actions', 'freeform', 'hold']),
  cards: z.array(z.string()),
});
export type WhatIfDecision = z.infer<typeof WhatIfDecision>;

const BranchCommon = {
  move: z.number().int().nonnegative(),
  team: z.string(),
  /** The number of engine events before the branch point: the replay's step there. */
  step: z.number().int().nonnegative(),
  /** The continuations as played (the rest re-played by bots, nothing forced). */
  asPlayed: WhatIfDistribution,
  /** The continuations with the other roll or the other decision forced. */
  otherwise: WhatIfDistribution,
  /** How far apart the two distributions are: 0 (the same) to 1 (no ending in common). */
  shift: z.number().min(0).max(1),
  /** The share of paired continuations (the same seed on both sides) whose ending differs. */
  changed: z.number().min(0).max(1),
};

export const WhatIfRollBranch = z.strictObject({
  kind: z.literal('roll'),
  ...BranchCommon,
  /** The action's card; null for a free-form action. */
  card: z.string().nullable(),
  odds: z.number(),
  roll: z.number().int(),
  outcome: z.enum(['success', 'failure']),
});
export type WhatIfRollBranch = z.infer<typeof WhatIfRollBranch>;

export const WhatIfDecisionBranch = z.strictObject({
  kind: z.literal('decision'),
  ...BranchCommon,
  chosen: WhatIfDecision,
  alternative: WhatIfDecision,
});
export type WhatIfDecisionBranch = z.infer<typeof WhatIfDecisionBranch>;

export const WhatIfAnalysis = z.strictObject({
  /** The ending the exercise reached; null for no named ending. */
  playedEnding: z.string().nullable(),
  /** Continuations per distribution. */
  continuations: z.number().int().positive(),
  /** The decisive rolls, most decisive first. */
  rolls: z.array(WhatIfRollBranch),
  /** Each team's key decisions, most decisive first. */
  decisions: z.array(WhatIfDecisionBranch),
  /** The names the analysis uses, so that every screen names without a scenario at hand. */
  names: z.strictObject({
    endings: z.record(z.string(), LocalizedText),
    cards: z.record(z.string(), LocalizedText),
    teams: z.record(z.string(), LocalizedText),
  }),
});
export type WhatIfAnalysis = z.infer<typeof WhatIfAnalysis>;

/** The what-if route's answer: still computing, ready, or not available for this exercise. */
export const WhatIfResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('computing') }),
  z.strictObject({ status: z.literal('ready'), analysis: WhatIfAnalysis }),
  z.strictObject({
    status: z.literal('unavailable'),
    reason: z.enum(['not-ended', 'no-ending', 'failed']),
  }),
]);
export type WhatIfResponse = z.infer<typeof WhatIfResponse>;
