import { useTranslation } from 'react-i18next';
import type { CommandFailure } from '../exercise/use-command';

/** A refusal in the reader's language, with the server's own explanation after it. */
export function CommandError({ error }: { error: CommandFailure | null }) {
  const { t } = useTranslation();
  if (error === null) return null;
  return (
    <p role="alert" className="command-error">
      {t('common.errorDetail', {
        summary: t(`common.errors.${error.code}`),
        message: error.message,
      })}
    </p>
  );
}
