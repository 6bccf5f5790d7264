import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { REPORT_SECTIONS, tracksSetByHand, type Report } from '@borderline/shared';
import type { ReportCredentials } from '@borderline/shared/http-client';
import { useExerciseSeat } from '../../exercise/use-exercise-seat';
import { useView } from '../../exercise/use-view';
import { useExerciseStore } from '../../state/exercise-store';
import { WhatIfSection } from '../what-if/what-if-section';
import { AttainmentSection } from './attainment-section';
import { BriefTimelineSection } from './brief-timeline-section';
import { DecisionPointsSection } from './decision-points-section';
import { ImprovementPlanSection } from './improvement-plan-section';
import { ReportSectionFrame, useSectionTitle } from './report-bits';
import { LessonsSection } from './lessons-section';
import { ParticipationSection, QuestionsSection } from './closing-sections';
import { ObjectivesSection } from './objectives-section';
import { OverviewSection } from './overview-section';
import { ReportToolbar } from './report-toolbar';
import { ReportAtAGlance } from './summary-section';
import { TimelineSection } from './timeline-section';
import { TracksSection } from './tracks-section';
import { useReport, useReportCredentials, type ReportState } from './use-report';
import { useRefusalText } from '../../components/use-refusal-text';
import { useReportNames } from './use-report-names';
import './report-page.css';

function ReportDocument({
  report,
  exerciseId,
  credentials,
}: {
  report: Report;
  exerciseId: string;
  credentials: ReportCredentials;
}) {
  const { t } = useTranslation();
  const names = useReportNames(report);
  const sectionTitle = useSectionTitle();
  return (
    <main id="content" className="report-page" data-testid="report">
      <header className="report-head">
        <h1>
          {t('report.title')}
          <span className="report-subtitle">{names.text(report.overview.scenario.title)}</span>
        </h1>
        <p className="report-meta">
          {t('report.exerciseMeta', { id: report.overview.exerciseId })}
          {report.overview.startedAt !== null && ` · ${names.time(report.overview.startedAt)}`}
        </p>
        <ReportToolbar exerciseId={exerciseId} credentials={credentials} />
      </header>
      {/* Page 1 of the print: the summary, then the lessons at once. */}
      <ReportAtAGlance report={report} names={names} />
      <nav className="report-contents no-print" aria-label={t('report.contents')}>
        <ol>
          {REPORT_SECTIONS.map((section) => (
            <li key={section}>
              <a href={`#report-${section}`}>{sectionTitle(section)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {/* The body (the lessons first), then the appendices: REPORT_SECTIONS' order. */}
      <AttainmentSection report={report} names={names} />
      <ImprovementPlanSection report={report} names={names} />
      <DecisionPointsSection report={report} names={names} />
      <ReportSectionFrame section="whatIf">
        <WhatIfSection
          exerciseId={exerciseId}
          credentials={credentials}
          ended={report.overview.endedAt !== null}
          headed={false}
          setByHand={tracksSetByHand(report).map((track) => names.track(track))}
        />
      </ReportSectionFrame>
      <BriefTimelineSection report={report} names={names} />
      <TracksSection report={report} names={names} />
      <TimelineSection report={report} names={names} />
      <ObjectivesSection report={report} names={names} />
      <OverviewSection report={report} names={names} />
      <LessonsSection report={report} names={names} />
      <QuestionsSection report={report} names={names} />
      <ParticipationSection report={report} names={names} />
    </main>
  );
}

function ReportProblem({
  state,
  onRetry,
}: {
  state: Extract<ReportState, { status: 'failed' }>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const why = useRefusalText();
  const message =
    state.failure === 'other'
      ? t('report.errors.other', { message: why(state.cause) })
      : t(`report.errors.${state.failure}`);
  return (
    <main id="content" className="report-page">
      <h1>{t('report.title')}</h1>
      <p role="alert" data-testid="report-problem" data-failure={state.failure}>
        {message}
      </p>
      <p className="report-buttons">
        {state.failure !== 'noSeat' && (
          <button type="button" className="secondary" onClick={onRetry}>
            {t('report.errors.retry')}
          </button>
        )}
        <Link href="/">{t('report.errors.toStart')}</Link>
      </p>
    </main>
  );
}

function ReportLoading() {
  const { t } = useTranslation();
  return (
    <main id="content" className="report-page">
      <p role="status">{t('report.loading')}</p>
    </main>
  );
}

/** A player's wait for the report: why it is not readable yet, updated as the view changes. */
function ReportNotShared({ exerciseId, ended }: { exerciseId: string; ended: boolean }) {
  const { t } = useTranslation();
  return (
    <main id="content" className="report-page">
      <h1>{t('report.title')}</h1>
      <p role="status" data-testid="report-waiting" data-ended={ended}>
        {ended ? t('report.waiting.notShared') : t('report.waiting.notEnded')}
      </p>
      <p className="report-buttons">
        <Link href={`/play/${exerciseId}`}>{t('report.waiting.toDebrief')}</Link>
      </p>
    </main>
  );
}

/**
 * A player's (or an observer's) report: the seat's socket says whether it
 * may be read (`exercise.reportReadable`, which follows Control's sharing
 * switch), so the report is asked for only then, and appears (or goes) the
 * moment Control shares it (or stops), without a reload.
 */
function PlayerReport({
  exerciseId,
  credentials,
}: {
  exerciseId: string;
  credentials: ReportCredentials;
}) {
  useExerciseSeat(exerciseId, 'player');
  const view = useView();
  const refused = useExerciseStore((state) => state.connection.status === 'refused');
  const current = view !== null && view.exercise.id === exerciseId ? view : null;
  if (current === null) {
    if (refused) {
      const state = {
        status: 'failed',
        failure: 'unauthorized',
        message: '',
        cause: null,
      } as const;
      return <ReportProblem state={state} onRetry={() => window.location.reload()} />;
    }
    return <ReportLoading />;
  }
  if (!current.exercise.reportReadable) {
    return <ReportNotShared exerciseId={exerciseId} ended={current.exercise.ended} />;
  }
  return <LoadedReport exerciseId={exerciseId} credentials={credentials} />;
}

/** The report as the server answers it for these credentials (Control's key, or a readable seat). */
function LoadedReport({
  exerciseId,
  credentials,
}: {
  exerciseId: string;
  credentials: ReportCredentials | null;
}) {
  const { state, reload } = useReport(exerciseId, credentials);
  if (state.status === 'failed') return <ReportProblem state={state} onRetry={reload} />;
  if (state.status === 'loading' || credentials === null) return <ReportLoading />;
  return <ReportDocument report={state.report} exerciseId={exerciseId} credentials={credentials} />;
}

/**
 * The after-action report of an ended exercise (`/report/:exerciseId`), read
 * with Control's key or, once Control shares it, a player's seat: every
 * section of the report, its downloads, printing, and Control's sharing
 * switch and replay link.
 */
export default function ReportPage({ exerciseId }: { exerciseId: string }) {
  const credentials = useReportCredentials(exerciseId);
  if (credentials?.role === 'player') {
    return <PlayerReport exerciseId={exerciseId} credentials={credentials} />;
  }
  return <LoadedReport exerciseId={exerciseId} credentials={credentials} />;
}
