/** How many words of a player's text the report's body quotes; the appendix has all of it. */
export const EXCERPT_WORDS = 12;

/**
 * The first words of a text, with an ellipsis when it goes on: what the
 * report's body quotes of a reflection or an evaluator's note, so that the
 * body stays a ten-minute read however much the class wrote.
 */
export function excerpt(text: string, words = EXCERPT_WORDS): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
