import type { TFunction } from 'i18next';
import type { DebriefStage } from '@borderline/shared';

const PROMPTS = ['q1', 'q2', 'q3'] as const;

/** One question a debrief stage puts to the group: a key for lists, and its words. */
export interface DebriefQuestion {
  id: string;
  text: string;
}

/**
 * The questions a debrief stage puts to the group, in the reader's language.
 * Every screen that lists a stage's questions (the hotwash, the observer's
 * screen, the projector) reads them here, so which questions a stage asks
 * is decided in this one place.
 */
export function debriefQuestions(t: TFunction, stage: DebriefStage): DebriefQuestion[] {
  return PROMPTS.map((prompt) => ({ id: prompt, text: t(`hotwash.steps.${stage}.${prompt}`) }));
}
