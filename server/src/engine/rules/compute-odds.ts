import type { ActionCard } from '@borderline/shared';
import type { OddsBreakdown } from '../exercise-context';
import { evaluateCondition } from './evaluate-condition';
import type { World } from './world';

/** Odds are a percentage: whatever the modifiers add, 0 to 100. */
export function clampOdds(odds: number): number {
  return Math.min(100, Math.max(0, odds));
}

/**
 * The odds a card may have once played, before anyone knows which modifiers
 * will apply: from every lowering one applying to every raising one.
 */
export function oddsRange(card: ActionCard): { min: number; max: number } {
  const sum = (sign: number) =>
    card.odds.modifiers
      .filter((modifier) => Math.sign(modifier.delta) === sign)
      .reduce((total, modifier) => total + modifier.delta, 0);
  return { min: clampOdds(card.odds.base + sum(-1)), max: clampOdds(card.odds.base + sum(1)) };
}

/** The odds of an action card in the world: base plus every modifier that applies, with its reason. */
export function computeOdds(card: ActionCard, world: World): OddsBreakdown {
  let raw = card.odds.base;
  const modifiers = card.odds.modifiers.map((modifier) => {
    const applies = evaluateCondition(modifier.when, world);
    if (applies) raw += modifier.delta;
    return { delta: modifier.delta, reason: modifier.reason, applies };
  });
  const total = clampOdds(raw);
  return { base: card.odds.base, modifiers, total, clamped: total !== raw };
}

/** Odds set by Control for a free-form action. */
export function fixedOdds(odds: number): OddsBreakdown {
  const total = clampOdds(Math.round(odds));
  return { base: total, modifiers: [], total, clamped: total !== odds };
}
