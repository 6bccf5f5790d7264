import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReportCredentials } from '@borderline/shared/http-client';
import { useLanguage } from '../../i18n/use-language';
import { downloadReport, type ReportDownload } from './report-download';
import { ShareToggle } from './share-toggle';
import { useRefusalText } from '../../components/use-refusal-text';

/** Downloads, printing and, for Control, sharing with the players and the replay. Never printed. */
export function ReportToolbar({
  exerciseId,
  credentials,
}: {
  exerciseId: string;
  credentials: ReportCredentials;
}) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const language = useLanguage();
  const [busy, setBusy] = useState<ReportDownload | null>(null);
  const [error, setError] = useState<{ failure: unknown } | null>(null);
  const download = (kind: ReportDownload) => {
    setBusy(kind);
    setError(null);
    downloadReport(exerciseId, credentials, kind, language)
      .catch((failure: unknown) => setError({ failure }))
      .finally(() => setBusy(null));
  };
  return (
    <div className="report-toolbar no-print" role="group" aria-label={t('report.toolbar.label')}>
      <div className="report-buttons">
        <button
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() => download('markdown')}
        >
          {t('report.toolbar.markdown')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() => download('json')}
        >
          {t('report.toolbar.json')}
        </button>
        {/* The charts are drawn with the page, so there is nothing to wait for. */}
        <button type="button" onClick={() => window.print()}>
          {t('report.toolbar.print')}
        </button>
      </div>
      {busy !== null && <p role="status">{t('report.toolbar.downloading')}</p>}
      {error !== null && (
        <p role="alert">{t('report.toolbar.failed', { message: why(error.failure) })}</p>
      )}
      {credentials.role === 'facilitator' && (
        <>
          <ShareToggle exerciseId={exerciseId} facilitatorKey={credentials.key} />
          <p>
            <Link href={`/replay/${exerciseId}`} data-testid="report-replay-link">
              {t('report.toolbar.replay')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
