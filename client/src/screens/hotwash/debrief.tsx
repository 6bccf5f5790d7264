import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { TabPanel, Tabs } from '../../components/tabs';
import { useTabChoice } from '../../components/use-tab-choice';
import { DEBRIEF_STEPS, DebriefNav, DebriefStep, type DebriefStepId } from './debrief-step';
import { EndingSummary } from './ending-summary';
import { GameTimeline } from './game-timeline';
import { LearningObjectives } from './learning-objectives';
import { ObjectiveScores } from './objective-scores';
import { TrackHistoryTable } from './track-history-table';

/**
 * The guided debrief in its four stages: what happened (the ending, the
 * game move by move, the tracks), why (the objectives scored), what it
 * means for the real relationship (the learning objectives), and what each
 * person takes away (`takeaway`: the player's reflection, or Control's
 * view of everybody's). `stepwise` (a player's phone) shows one stage at a
 * time, as tabs; Control's laptop shows them all, with links between them.
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
  const [selected, select] = useTabChoice(DEBRIEF_STEPS, 'what', view.exercise.phase, 'debrief');
  const content: Record<DebriefStepId, ReactNode> = {
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
  if (!stepwise) {
    return (
      <>
        <DebriefNav />
        {DEBRIEF_STEPS.map((step) => (
          <DebriefStep key={step} step={step}>
            {content[step]}
          </DebriefStep>
        ))}
      </>
    );
  }
  return (
    <>
      <Tabs
        ids={DEBRIEF_STEPS}
        selected={selected}
        onSelect={select}
        label={t('hotwash.stepsLabel')}
        labelOf={(step) => t(`hotwash.steps.${step}.title`)}
        idPrefix="debrief"
        className="debrief-tabs"
      />
      {DEBRIEF_STEPS.map((step) => (
        <TabPanel key={step} id={step} idPrefix="debrief" selected={step === selected}>
          <DebriefStep step={step}>{content[step]}</DebriefStep>
        </TabPanel>
      ))}
    </>
  );
}
