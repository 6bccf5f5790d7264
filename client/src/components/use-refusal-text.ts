import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useView } from '../exercise/use-view';
import { namesOf } from '../exercise/view-names';
import { useLanguage } from '../i18n/use-language';
import { httpFailure } from '../screens/start/http-failure';
import { refusalText, type RefusalNames } from './refusal-words';

/**
 * Words any failure (an HTTP call's, a connection's refusal) in the
 * reader's language, as `<CommandError>` does, for a page that puts it
 * inside its own sentence ("The replay could not be loaded: …"): a failure
 * without a reason is the server's English on an English page (the page's
 * sentence frames it), the code's summary on any other. The names
 * are the exercise's view's unless the page gives its own.
 */
export function useRefusalText(names?: RefusalNames | null): (error: unknown) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useView();
  const known = useMemo(
    () => names ?? (view === null ? null : namesOf(view, language, t)),
    [names, view, language, t],
  );
  return useCallback(
    (error: unknown) => {
      const failure = httpFailure(error);
      // The page's own sentence frames it ("The server said: …"): no summary before English.
      const reason = 'reason' in failure ? failure.reason : undefined;
      if (reason === undefined && language === 'en') return failure.message;
      return refusalText(failure, t, language, known);
    },
    [t, language, known],
  );
}
