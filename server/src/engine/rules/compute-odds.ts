import type { ActionCard } from '@borderline/shared';
import type { OddsBreakdown } from '../exercise-context';
import { evaluateCondition } from './evaluate-condition';
import type { World } from './world';

/** The odds of an action card in the world: base plus every modifier that applies, with its reason. */
export function computeOdds(card: ActionCard, world: World): OddsBreakdown {
  let raw = card.odds.base;
  const modifiers = card.odds.modifiers.map((modifier) => {
    const applies = evaluateCondition(modifier.when, world);
    if (applies) raw += modifier.delta;
    return { delta: modifier.delta, reason: modifier.reason, applies };
  });
  const total = Math.min(100, Math.max(0, raw));
  return { base: card.odds.base, modifiers, total, clamped: total !== raw };
}

/** Odds set by Control for a free-form action. */
export function fixedOdds(odds: number): OddsBreakdown {
  const total = Math.min(100, Math.max(0, Math.round(odds)));
  return { base: total, modifiers: [], total, clamped: total !== odds };
}
