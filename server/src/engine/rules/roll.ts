import { nextDie, type RngState } from './rng';

export interface RollResult {
  outcome: 'success' | 'failure';
  /** 1..100; null when the odds made the outcome certain and no die was cast. */
  roll: number | null;
  rng: RngState;
}

/**
 * Decides an action against its odds (percent). A die is cast only for an
 * uncertain outcome; a roll already cast (kept from an earlier computation of
 * the same adjudication) is reused so that a recomputation never re-rolls.
 */
export function rollAgainst(odds: number, rng: RngState, previous?: number): RollResult {
  if (odds <= 0) return { outcome: 'failure', roll: null, rng };
  if (odds >= 100) return { outcome: 'success', roll: null, rng };
  let roll = previous;
  let next = rng;
  if (roll === undefined) [roll, next] = nextDie(rng, 100);
  return { outcome: roll <= odds ? 'success' : 'failure', roll, rng: next };
}
