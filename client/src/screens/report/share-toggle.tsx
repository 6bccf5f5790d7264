import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportSharingOverHttp, setReportSharingOverHttp } from '@borderline/shared/http-client';
import { useRefusalText } from '../../components/use-refusal-text';

/** Control's switch: whether the players may read this report (kept by the server). */
export function ShareToggle({
  exerciseId,
  facilitatorKey,
}: {
  exerciseId: string;
  facilitatorKey: string;
}) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const [shared, setShared] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ failure: unknown } | null>(null);

  useEffect(() => {
    let current = true;
    reportSharingOverHttp('', exerciseId, facilitatorKey).then(
      (answer) => current && setShared(answer.shared),
      (failure: unknown) => current && setError({ failure }),
    );
    return () => {
      current = false;
    };
  }, [exerciseId, facilitatorKey]);

  const change = (wanted: boolean) => {
    setBusy(true);
    setError(null);
    setReportSharingOverHttp('', exerciseId, facilitatorKey, wanted)
      .then((answer) => setShared(answer.shared))
      .catch((failure: unknown) => setError({ failure }))
      .finally(() => setBusy(false));
  };

  return (
    <div className="report-share">
      <label>
        <input
          type="checkbox"
          checked={shared === true}
          disabled={shared === null || busy}
          onChange={(event) => change(event.target.checked)}
          aria-describedby="report-share-hint"
          data-testid="report-share"
        />{' '}
        {t('report.toolbar.share')}
      </label>
      <p id="report-share-hint" className="report-meta">
        {t('report.toolbar.shareHint')}
      </p>
      {error !== null && (
        <p role="alert">{t('report.toolbar.shareFailed', { message: why(error.failure) })}</p>
      )}
    </div>
  );
}
