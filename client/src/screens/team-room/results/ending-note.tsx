import { useTranslation } from 'react-i18next';
import type { EndingCheck, EndingView } from '@borderline/shared';
import { localize } from '../../../i18n/localize';
import type { Names } from '../../../exercise/view-names';
import { ConditionTraceText } from '../../../components/condition-trace';

/** The ending an adjudication reached, and the engine's reasoning behind it. */
export function EndingNote({
  check,
  ending,
  names,
}: {
  check: EndingCheck;
  ending: EndingView | null;
  names: Names;
}) {
  const { t } = useTranslation();
  const title =
    ending !== null && ending.state.id === check.id && ending.title !== null
      ? localize(ending.title, names.language)
      : t('team.ending.untitled');
  return (
    <div className="tr-ending-note" role="note">
      <p>
        <strong>{t(`team.ending.${check.kind}`, { title })}</strong>
      </p>
      {check.trace !== null && (
        <details>
          <summary>{t('team.ending.why')}</summary>
          <ConditionTraceText trace={check.trace} names={names} />
        </details>
      )}
    </div>
  );
}
