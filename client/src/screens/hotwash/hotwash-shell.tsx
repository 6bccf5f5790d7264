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
 * The frame of the hotwash for everybody: the status bar, the title, where
 * the debrief stands (open, or ended with the report's link), then the
 * screen's own content.
 */
export function HotwashShell({
  view,
  className,
  children,
}: {
  view: ExerciseView;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ended = view.exercise.phase === 'ended';
  return (
    <main id="content" className={`hotwash ${className ?? ''}`} data-testid="hotwash">
      <ExerciseStatusBar view={view} />
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
      {ended && <ReportLink exerciseId={view.exercise.id} />}
      {ended && <ReplayLink exerciseId={view.exercise.id} />}
      {children}
    </main>
  );
}
