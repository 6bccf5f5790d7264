import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '@borderline/shared';
import { useExerciseStore, type ExerciseStore } from '../state/exercise-store';
import { resources } from './resources';
import { addInSentenceFormat, contractionsPostProcessor } from './in-sentence-format';

/** The page's `<html lang>`: screen readers choose their voice by it. */
function reflectInDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

let unsubscribe: (() => void) | null = null;

/**
 * Starts i18next in the store's language and keeps it following the store's
 * `ui.language`: the store is the one source of the choice (it also writes it
 * to localStorage), i18next and `<html lang>` follow. Missing Spanish falls
 * back to English. Synchronous (`initAsync: false`): the resources are
 * bundled, so the first render is already in the right language.
 */
export function initI18n(store: ExerciseStore = useExerciseStore): i18n {
  const language = store.getState().ui.language;
  if (!i18next.isInitialized) {
    void i18next
      .use(initReactI18next)
      .use(contractionsPostProcessor)
      .init({
        resources,
        lng: language,
        fallbackLng: 'en',
        supportedLngs: LANGUAGES,
        interpolation: { escapeValue: false }, // React escapes already
        initAsync: false,
        postProcess: ['contractions'],
      });
    addInSentenceFormat(i18next);
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  reflectInDocument(language);
  unsubscribe?.();
  unsubscribe = store.subscribe((state, previous) => {
    if (state.ui.language === previous.ui.language) return;
    void i18next.changeLanguage(state.ui.language);
    reflectInDocument(state.ui.language);
  });
  return i18next;
}
