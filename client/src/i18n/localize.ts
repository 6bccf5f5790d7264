import type { Language, LocalizedText } from '@borderline/shared';

/**
 * A scenario's own text (`{en, es}`) in the reader's language, falling back
 * to English where a translation is missing. The page's own words go through
 * i18next instead.
 */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}
