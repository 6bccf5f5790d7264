import type { TFunction } from 'i18next';
import { isDebriefStage } from '@borderline/shared';

/** A debrief stage's title in the reader's language (a log's unknown stage as it was sent). */
export function debriefStageTitle(stage: string | null, t: TFunction): string {
  return isDebriefStage(stage) ? t(`hotwash.steps.${stage}.title`) : (stage ?? '');
}
