import type { Language } from '@borderline/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { chooseLanguage } from '../state/actions';

/** Each language named in itself, so a reader finds theirs whatever is shown now. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export function LanguageSelect() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <label className="language">
      {t('language')}{' '}
      <select value={language} onChange={(event) => chooseLanguage(event.target.value as Language)}>
        {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
