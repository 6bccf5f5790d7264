import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseView } from '@borderline/shared';
import { DebriefNav, DebriefStep } from './debrief-step';
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
 * view of everybody's).
 */
export function Debrief({ view, takeaway }: { view: ExerciseView; takeaway: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <DebriefNav />
      <DebriefStep step="what">
        <EndingSummary view={view} />
        <h3 className="debrief-subtitle">{t('hotwash.timeline.title')}</h3>
        <GameTimeline view={view} />
        <TrackHistoryTable view={view} />
      </DebriefStep>
      <DebriefStep step="why">
        <h3 className="debrief-subtitle">{t('hotwash.scores.title')}</h3>
        <ObjectiveScores view={view} />
      </DebriefStep>
      <DebriefStep step="meaning">
        <h3 className="debrief-subtitle">{t('hotwash.meaning.title')}</h3>
        <LearningObjectives view={view} />
      </DebriefStep>
      <DebriefStep step="takeaway">{takeaway}</DebriefStep>
    </>
  );
}
