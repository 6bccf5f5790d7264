import { scenario } from '../support/game-views';

/** The odds line the hand shows for a card, from the card's own odds (whatever the model's numbers). */
export function oddsLine(id: string): string {
  const card = scenario.actions.find((candidate) => candidate.id === id);
  const odds = card?.odds ?? { base: 0, modifiers: [] };
  const sum = (sign: number) =>
    odds.modifiers.reduce((total, m) => total + (Math.sign(m.delta) === sign ? m.delta : 0), 0);
  const clamp = (value: number) => Math.min(100, Math.max(0, value));
  const low = clamp(odds.base + sum(-1));
  const high = clamp(odds.base + sum(1));
  return `Chance of success: ${odds.base}% to start with; from ${low}% to ${high}% with the modifiers that may apply`;
}
