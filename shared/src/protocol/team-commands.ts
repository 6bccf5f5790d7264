import { z } from 'zod';
import { boundedText, commandSchema, LIMITS, RefId } from './command-fields';
import { ReflectionAnswers } from './reflection';

/**
 * The commands of players. The team (and the player) come from the sender's
 * seat, never from the message: a message naming a team is refused as an
 * unknown key.
 */

const Rationale = boundedText(LIMITS.rationale);
const Statement = boundedText(LIMITS.statement);
const Cards = z
  .array(RefId, 'expected a list of action card ids')
  .max(LIMITS.cards, `expected at most ${LIMITS.cards} action cards`);
const Description = boundedText(LIMITS.freeformDescription);
const Reasons = z
  .array(boundedText(LIMITS.freeformReason))
  .max(LIMITS.freeformReasons, `expected at most ${LIMITS.freeformReasons} reasons`);
const Visibility = z.enum(['public', 'covert']);

/**
 * What a team plays in one decision: action cards, one free-form action
 * (matrix-game style) or a hold. The engine takes this very type and
 * checks its content (the team's own cards, the limits per move, a
 * rationale for cards, one to three reasons).
 */
export const DecisionInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('actions'),
    cards: Cards,
    rationale: Rationale,
    statement: Statement.optional(),
  }),
  z.strictObject({
    kind: z.literal('freeform'),
    description: Description,
    reasons: Reasons,
    visibility: Visibility,
    rationale: Rationale.optional(),
    statement: Statement.optional(),
  }),
  z.strictObject({
    kind: z.literal('hold'),
    rationale: Rationale.optional(),
    statement: Statement.optional(),
  }),
]);
export type DecisionInput = z.infer<typeof DecisionInput>;

/** A team's half-written decision, shared with the teammates as it is typed. Every field but the kind may be missing. */
export const DraftDecision = z.strictObject({
  kind: z.enum(['actions', 'freeform', 'hold']),
  cards: Cards.optional(),
  description: Description.optional(),
  reasons: Reasons.optional(),
  visibility: Visibility.optional(),
  rationale: Rationale.optional(),
  statement: Statement.optional(),
});
export type DraftDecision = z.infer<typeof DraftDecision>;

/** A team's current draft as the server keeps it (one per team). */
export interface DecisionDraft {
  team: string;
  /** The move the draft was written for; a draft of an earlier move is stale. */
  move: number;
  /** The player who last changed it. */
  playerId: string;
  at: number;
  draft: DraftDecision;
}

export const SubmitDecisionCommand = commandSchema('team.submitDecision', {
  decision: DecisionInput,
});

export const ChooseDilemmaOptionCommand = commandSchema('team.chooseDilemmaOption', {
  option: RefId,
});

/** Replaces the team's draft; `null` clears it. Not an engine event: nothing is decided. */
export const UpdateDraftCommand = commandSchema('team.updateDraft', {
  draft: DraftDecision.nullable(),
});

/** A player's hotwash reflection; observers with a seat may reflect too. */
export const SubmitReflectionCommand = commandSchema('player.submitReflection', {
  answers: ReflectionAnswers,
});

export const PLAYER_COMMANDS = [
  SubmitDecisionCommand,
  ChooseDilemmaOptionCommand,
  UpdateDraftCommand,
  SubmitReflectionCommand,
] as const;
