import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebriefStage, ExerciseView } from '@borderline/shared';
import { DebriefNav } from './debrief-nav';
import { DebriefStep } from './debrief-step';
import { EndingSummary } from './ending-summary';
import { GameTimeline } from './game-timeline';
import { LearningObjectives } from './learning-objectives';
import { ObjectiveScores } from './objective-scores';
import { TrackHistoryTable } from './track-history-table';
import { useReportCredentials } from '../report/use-report';
import { WhatIfSection } from '../what-if/what-if-section';

/**
 * The guided debrief, one stage at a time: what happened (the ending, the
 * game move by move, the tracks), why (the objectives scored, and which
 * rolls and decisions decided the ending: choices versus dice), what it
 * means for the real relationship (the learning objectives), and what each
 * person takes away (`takeaway`: the player's reflection, or Control's
 * view of everybody's). The stage shown is the one Control opened
 * (`exercise.debriefStage`); a player looking back at an earlier one
 * follows Control again as soon as Control opens another.
 */
export function Debrief({
  view,
  takeaway,
  stepwise = false,
}: {
  view: ExerciseView;
  takeaway: ReactNode;
  stepwise?: boolean;
}) {
  const { t } = useTranslation();
  const current = view.exercise.debriefStage;
  // A look elsewhere is kept with the stage it left: when Control moves on, it is over.
  const [looking, setLooking] = useState<{ from: DebriefStage; stage: DebriefStage } | null>(null);
  const shown = looking !== null && looking.from === current ? looking.stage : current;
  const live = view.exercise.phase === 'hotwash';
  const credentials = useReportCredentials(view.exercise.id);
  const content: Record<DebriefStage, ReactNode> = {
    what: stepwise ? (
      // On a phone the ending reads first; the game and the tracks open on demand.
      <>
        <EndingSummary view={view} />
        <details className="debrief-fold">
          <summary>
            <h3 className="debrief-subtitle">{t('hotwash.timeline.title')}</h3>
          </summary>
          <GameTimeline view={view} />
        </details>
        <details className="debrief-fold">
          <summary>
            <h3 className="debrief-subtitle">{t('hotwash.trackHistory')}</h3>
          </summary>
          <TrackHistoryTable view={view} />
        </details>
      </>
    ) : (
      <>
        <EndingSummary view={view} />
        <h3 className="debrief-subtitle">{t('hotwash.timeline.title')}</h3>
        <GameTimeline view={view} />
        <TrackHistoryTable view={view} />
      </>
    ),
    why: (
      <>
        <h3 className="debrief-subtitle">{t('hotwash.scores.title')}</h3>
        <ObjectiveScores view={view} />
        <WhatIfSection exerciseId={view.exercise.id} credentials={credentials} ended={!live} />
      </>
    ),
    meaning: (
      <>
        <h3 className="debrief-subtitle">{t('hotwash.meaning.title')}</h3>
        <LearningObjectives view={view} />
      </>
    ),
    takeaway,
  };
  return (
    <>
      <DebriefNav
        view={view}
        shown={shown}
        onShow={(stage) => setLooking({ from: current, stage })}
      />
      {live && shown !== current && (
        <p className="debrief-looking-back" role="status" data-testid="debrief-looking-back">
          {t('hotwash.nav.lookingBack', {
            stage: t(`hotwash.steps.${shown}.title`),
            current: t(`hotwash.steps.${current}.title`),
          })}{' '}
          <button
            type="button"
            className="secondary"
            data-testid="debrief-follow"
            onClick={() => setLooking(null)}
          >
            {t('hotwash.nav.backToControl')}
          </button>
        </p>
      )}
      <DebriefStep key={shown} view={view} step={shown}>
        {content[shown]}
      </DebriefStep>
    </>
  );
}
