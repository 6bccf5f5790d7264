import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DEBRIEF_STAGES, type DebriefStage, type ExerciseView } from '@borderline/shared';
import { CommandButton } from '../../components/command-button';
import { ExerciseStatusBar } from '../../components/exercise-status-bar';
import { CloseHotwash } from './close-hotwash';
import { playersWithoutReflection } from './everybody-reflections';
import { useReportSharing } from './use-report-sharing';
import '../control/control.css';

/** Opens the stage after Control's on every screen. */
function NextStage({ view, stage }: { view: ExerciseView; stage: DebriefStage }) {
  const { t } = useTranslation();
  return (
    <CommandButton
      command={{ type: 'facilitator.openDebriefStage', stage }}
      className="control-primary"
      testId="debrief-next"
      nextAction="open-stage"
      disabled={view.control?.open.openDebriefStage !== true}
    >
      {t('hotwash.nav.next', { stage: t(`hotwash.steps.${stage}.title`) })}
    </CommandButton>
  );
}

/** While paused nothing else goes on: resuming is the next action. */
function Resume() {
  const { t } = useTranslation();
  return (
    <>
      <CommandButton
        command={{ type: 'facilitator.resume' }}
        className="control-primary"
        testId="resume-hotwash"
        nextAction="resume"
        describedBy="hotwash-paused-note"
      >
        {t('hotwash.control.resume')}
      </CommandButton>
      <p id="hotwash-paused-note" className="control-hint">
        {t('hotwash.control.pausedNote')}
      </p>
    </>
  );
}

function Pause() {
  const { t } = useTranslation();
  return (
    <CommandButton command={{ type: 'facilitator.pause' }} className="secondary" testId="pause">
      {t('hotwash.cockpit.pause')}
    </CommandButton>
  );
}

/** After the end: share the report with the players, then open it; stopping the sharing on demand. */
function ReportSharing({ view, more }: { view: ExerciseView; more: boolean }) {
  const { t } = useTranslation();
  const sharing = useReportSharing(view.exercise.id);
  const { reportShared, id } = view.exercise;
  const failed = sharing?.error != null && (
    <p role="alert">{t('hotwash.cockpit.shareFailed', { message: sharing.error })}</p>
  );
  if (more) {
    if (!reportShared || sharing === null) return null;
    return (
      <>
        <button
          type="button"
          className="secondary"
          data-testid="unshare-report"
          disabled={sharing.busy}
          onClick={() => sharing.share(false)}
        >
          {t('hotwash.cockpit.unshare')}
        </button>
        {failed}
      </>
    );
  }
  if (!reportShared && sharing !== null) {
    return (
      <>
        <button
          type="button"
          className="control-primary"
          data-testid="share-report"
          data-next-action="share-report"
          disabled={sharing.busy}
          onClick={() => sharing.share(true)}
        >
          {t('hotwash.cockpit.share')}
        </button>
        {failed}
      </>
    );
  }
  return (
    <Link
      href={`/report/${id}`}
      className="link-button control-primary"
      data-testid="cockpit-report-link"
      data-next-action="open-report"
    >
      {t('hotwash.cockpit.openReport')}
    </Link>
  );
}

/**
 * Control's hotwash cockpit, stuck to the top of the window at every scroll
 * position like the console's: the phase and the clock, the stage every
 * screen shows and how many have reflected, and the one next action (open
 * the next stage; at the last one, close the hotwash; once ended, share
 * the report, then open it). The rest (pausing, closing before the last
 * stage, stopping the sharing) waits behind "More".
 */
export function HotwashCockpit({ view }: { view: ExerciseView }) {
  const { t } = useTranslation();
  const { phase, paused, debriefStage } = view.exercise;
  const live = phase === 'hotwash';
  const index = DEBRIEF_STAGES.indexOf(debriefStage);
  const next = DEBRIEF_STAGES[index + 1];
  const missing = playersWithoutReflection(view).length;
  const players = view.roster.filter((entry) => !entry.isBot && entry.team !== null).length;

  let action: ReactNode;
  let more: ReactNode = null;
  if (!live) {
    action = <ReportSharing view={view} more={false} />;
    more = view.exercise.reportShared ? <ReportSharing view={view} more /> : null;
  } else if (paused) {
    action = <Resume />;
  } else if (next !== undefined) {
    action = <NextStage view={view} stage={next} />;
    more = (
      <>
        <Pause />
        <CloseHotwash view={view} missing={missing} />
      </>
    );
  } else {
    action = <CloseHotwash view={view} missing={missing} primary />;
    more = <Pause />;
  }

  return (
    <section
      className="control-cockpit hotwash-cockpit"
      data-testid="cockpit"
      aria-label={t('hotwash.cockpit.label')}
    >
      <div className="control-cockpit-status">
        <ExerciseStatusBar view={view} />
        {/* Once ended, everybody browses the stages freely: there is no stage to lead any more. */}
        {live && (
          <p
            className="hotwash-cockpit-stage"
            data-testid="cockpit-stage"
            data-stage={debriefStage}
          >
            <strong>
              {t('hotwash.cockpit.stage', {
                number: index + 1,
                total: DEBRIEF_STAGES.length,
                stage: t(`hotwash.steps.${debriefStage}.title`),
              })}
            </strong>
            {players > 0 && (
              <span data-testid="cockpit-reflected">
                {t('hotwash.cockpit.reflected', { count: players - missing, total: players })}
              </span>
            )}
          </p>
        )}
      </div>
      <div className="control-next" data-testid="cockpit-next">
        {action}
      </div>
      {more !== null && (
        <details className="hotwash-cockpit-more" data-testid="cockpit-more">
          <summary>{t('hotwash.cockpit.more')}</summary>
          <div className="hotwash-cockpit-more-body">{more}</div>
        </details>
      )}
    </section>
  );
}
