import { useTranslation } from 'react-i18next';
import type { CommandFailure } from '../exercise/use-command';
import { useLanguage } from '../i18n/use-language';

/**
 * A refusal in the reader's language. The server's own explanation (and a
 * browser's network error) is written in English, so it follows the summary
 * on an English page only: a Spanish screen shows no English sentence.
 */
export function CommandError({ error }: { error: CommandFailure | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (error === null) return null;
  const summary = t(`common.errors.${error.code}`);
  return (
    <p role="alert" className="command-error">
      {language === 'en' ? t('common.errorDetail', { summary, message: error.message }) : summary}
    </p>
  );
}
