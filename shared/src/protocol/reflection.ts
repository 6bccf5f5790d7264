import { z } from 'zod';
import { boundedText } from './command-fields';

/** The longest answer to one debrief question, in characters. */
export const MAX_REFLECTION_ANSWER = 4000;

const Answer = boundedText(MAX_REFLECTION_ANSWER).optional();

/**
 * A player's written reflection in the hotwash, in the usual debrief stages
 * (what happened, why, what it means for the real world, what I take away),
 * plus what went well and what to improve. Every answer is optional; the
 * engine refuses a reflection with none.
 */
export const ReflectionAnswers = z.strictObject({
  whatHappened: Answer,
  why: Answer,
  realWorld: Answer,
  takeaway: Answer,
  wentWell: Answer,
  toImprove: Answer,
});
export type ReflectionAnswers = z.infer<typeof ReflectionAnswers>;
