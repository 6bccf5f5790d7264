import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The after-action report of an ended exercise (its own page, /report/<id>). */
export function ReportLink({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  return (
    <p className="report-link">
      <Link href={`/report/${exerciseId}`} data-testid="report-link">
        {t('hotwash.report')}
      </Link>
    </p>
  );
}
