/**
 * What a bot writes as its decision's rationale. The decision stores it as
 * plain English text (the team room and Control's console read it as it is);
 * the after-action report reads the temperament back from it, so it can say
 * the same thing in the reader's language with the cards' names.
 */
export const BOT_TEMPERAMENTS = ['hawkish', 'cooperative', 'balanced'] as const;
export type BotTemperament = (typeof BOT_TEMPERAMENTS)[number];

/** The bot's rationale for the cards it plays, by their English names, or for holding. */
export function botRationale(temperament: BotTemperament, cardNames: readonly string[]): string {
  if (cardNames.length === 0) return `A ${temperament} bot saw no card worth playing.`;
  return `A ${temperament} bot plays ${cardNames.join(' and ')}: the best expected step towards its objectives.`;
}

const BOT_RATIONALE = new RegExp(`^A (${BOT_TEMPERAMENTS.join('|')}) bot (plays |saw no card)`);

/** The temperament of a rationale `botRationale` wrote; null for any other text. */
export function botTemperamentOf(rationale: string): BotTemperament | null {
  const match = BOT_RATIONALE.exec(rationale);
  return match === null ? null : (match[1] as BotTemperament);
}
