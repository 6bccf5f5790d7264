import type { Language } from '@borderline/shared';

export interface UiSlice {
  /** The reader's language: the page's words (i18next) and the scenario's texts (localize). */
  language: Language;
}

export function languageChosen(ui: UiSlice, language: Language): UiSlice {
  return ui.language === language ? ui : { ...ui, language };
}
