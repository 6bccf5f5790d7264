import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gradesOverHttp } from '@borderline/shared/http-client';
import { useLanguage } from '../../i18n/use-language';
import { useExerciseStore } from '../../state/exercise-store';
import { seatKey } from '../../state/session-slice';

/**
 * Downloads the grades as CSV (one row per student and objective) with
 * Control's key in a header: a plain link could not carry it.
 */
export function GradesDownload({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const key = useExerciseStore((state) => {
    const seat = state.session.saved[seatKey(exerciseId, 'facilitator')];
    return seat?.role === 'facilitator' ? seat.key : null;
  });
  const [failed, setFailed] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (key === null) return null;

  const download = async () => {
    setPending(true);
    setFailed(null);
    try {
      const blob = await gradesOverHttp('', exerciseId, key, language);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `borderline-grades-${exerciseId}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="grades-download">
      <button
        type="button"
        data-testid="download-grades"
        disabled={pending}
        onClick={() => void download()}
      >
        {t('assessment.downloadGrades')}
      </button>
      <p className="ratings-note-hint">{t('assessment.gradesHint')}</p>
      {failed !== null && (
        <p role="alert" className="error">
          {t('assessment.gradesFailed', { message: failed })}
        </p>
      )}
    </div>
  );
}
