import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandFailure } from '../exercise/use-command';
import { useView } from '../exercise/use-view';
import { namesOf } from '../exercise/view-names';
import { useLanguage } from '../i18n/use-language';
import { refusalText, type RefusalNames } from './refusal-words';

/**
 * A refusal in the reader's language, with the names of what it is about
 * (the team, the card, the track) from the exercise's view, or from `names`
 * where the page knows them otherwise (a report, a replay). The server's
 * own English explanation is shown only on an English page, and only where
 * the refusal has no reason to word.
 */
export function CommandError({
  error,
  names,
}: {
  error: CommandFailure | null;
  names?: RefusalNames | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useView();
  const viewNames = useMemo(
    () => (view === null ? null : namesOf(view, language, t)),
    [view, language, t],
  );
  if (error === null) return null;
  return (
    <p role="alert" className="command-error">
      {refusalText(error, t, language, names ?? viewNames)}
    </p>
  );
}
