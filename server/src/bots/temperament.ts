import { BOT_TEMPERAMENTS, type BotTemperament } from '@borderline/shared';

/**
 * A bot's temperament weighs the choice of cards. It is a social value
 * orientation plus an attitude to risk, which needs no per-scenario tagging:
 *
 * - hawkish: pursues its own objectives and also values setting back the
 *   other teams' (confrontation: force, coercion, for the cartels violence),
 *   and discounts the risk of failure;
 * - cooperative: pursues its own objectives but gives weight to the other
 *   teams' too (cooperation; for the cartels, lying low and corrupting
 *   quietly, which draws no reaction), and fears failure;
 * - balanced: its own objectives only, at face value.
 *
 * The other teams count by their public objectives only (a bot knows what
 * the players know), and five times as much as the bot's own: a temperament
 * is a strategy, not a nuance. The noise only breaks near ties, so that the
 * ending depends on the strategies more than on the bots' whims.
 */
// Shared with the report, which words a bot's rationale in the reader's language.
export const TEMPERAMENTS = BOT_TEMPERAMENTS;
export type Temperament = BotTemperament;

export interface TemperamentWeights {
  /** Weight of the other teams' objectives in the bot's value (negative: rivalry). */
  others: number;
  /** Added to the odds when the bot weighs a success (risk appetite), in percent. */
  optimism: number;
  /** How much seeded noise varies the choice, in value units. */
  noise: number;
}

export const TEMPERAMENT_WEIGHTS: Record<Temperament, TemperamentWeights> = {
  hawkish: { others: -5, optimism: 20, noise: 0.1 },
  cooperative: { others: 5, optimism: -20, noise: 0.1 },
  balanced: { others: 0, optimism: 0, noise: 0.1 },
};

export function isTemperament(value: string): value is Temperament {
  return (TEMPERAMENTS as readonly string[]).includes(value);
}
