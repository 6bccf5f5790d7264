import type { TFunction } from 'i18next';
import type { FormatSummary, Language } from '@borderline/shared';

/**
 * The moves a format plays, in words: "The practice move, then moves 1, 2
 * and 3" or "Moves 1, 3 and 5". Move 0 is the practice move.
 */
export function movesPlayedText(
  t: TFunction,
  format: Pick<FormatSummary, 'moves'>,
  language: Language,
): string {
  const scored = format.moves.filter((move) => move !== 0);
  const list = listOf(language, 'conjunction', scored.map(String));
  const practice = format.moves.includes(0);
  if (scored.length === 0) return t('start.format.practiceOnly');
  return practice
    ? t('start.format.moves', { count: scored.length, list, context: 'practice' })
    : t('start.format.moves', { count: scored.length, list });
}

/**
 * A list in words, "1, 3 and 5": British English (the page's), so without
 * the serial comma of the US default.
 */
export function listOf(
  language: Language,
  type: 'conjunction' | 'disjunction',
  items: string[],
): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type }).format(items);
}
