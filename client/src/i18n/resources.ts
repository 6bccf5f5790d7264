import { en } from './en';
import { es } from './es';

/** Bundled with the page: two small languages are cheaper than a second request. */
export const resources = {
  en: { translation: en },
  es: { translation: es },
} as const;

// Types `t()`: a key that English lacks, or a missing `{{value}}`, is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    strictInterpolationChecks: true;
  }
}
