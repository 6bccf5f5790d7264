import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { localize } from '../../i18n/localize';
import { useLanguage } from '../../i18n/use-language';
import { ReplayLink } from '../replay/replay-link';
import { ReportLink } from './report-link';
import './hotwash.css';

/**
 * The report's link once the exercise has ended, when this recipient may
 * read it (the view says so, and follows Control's sharing switch live);
 * otherwise why not yet. Control also sees whether the players may.
 */
function ReportAccess({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const { reportReadable, reportShared } = view.exercise;
  return (
    <div className="report-access" data-testid="report-access" data-readable={reportReadable}>
      {reportReadable ? (
        <ReportLink exerciseId={view.exercise.id} />
      ) : (
        <p role="status" data-testid="report-not-shared">
          {t('hotwash.reportNotShared')}
        </p>
      )}
      {view.recipient.kind === 'facilitator' && (
        <p className="debrief-note" data-testid="report-shared-note">
          {reportShared ? t('hotwash.reportSharedNote') : t('hotwash.reportUnsharedNote')}
        </p>
      )}
    </div>
  );
}

/**
 * The frame of the hotwash for everybody: the status bar (or, for Control,
 * its cockpit in its place), the title, where the debrief stands (open, or
 * ended with the report's link), then the screen's own content.
 */
export function HotwashShell({
  view,
  className,
  cockpit,
  children,
}: {
  view: ExerciseView;
  className?: string;
  /** Control's sticky bar (the status, the stage, the next action), shown for the status bar. */
  cockpit?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ended = view.exercise.phase === 'ended';
  return (
    <main id="content" className={`hotwash ${className ?? ''}`} data-testid="hotwash">
      {cockpit ?? <ExerciseStatusBar view={view} />}
      <h1>
        {ended ? t('hotwash.endedTitle') : t('hotwash.title')}
        <span className="hotwash-subtitle">{localize(view.exercise.title, language)}</span>
      </h1>
      <p>
        {ended
          ? t('hotwash.endedIntro')
          : view.recipient.kind === 'facilitator'
            ? t('hotwash.controlIntro')
            : t('hotwash.intro')}
      </p>
      {ended && <ReportAccess view={view} />}
      {ended && <ReplayLink exerciseId={view.exercise.id} />}
      {children}
    </main>
  );
}
