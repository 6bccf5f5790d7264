import type { Language, LocalizedText } from '@borderline/shared';

/** The text in the reader's language, falling back to English where a translation is missing. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}

const STORAGE_KEY = 'borderline.language';

export function readStoredLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'es') return stored;
  return globalThis.navigator?.language?.startsWith('es') ? 'es' : 'en';
}

export function storeLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}
