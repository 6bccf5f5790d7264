import { z } from 'zod';
import { Id, LocalizedText } from './primitives';

/**
 * The questions of a player's written reflection, in the order the form asks
 * them: the usual debrief stages, then what went well and what to improve.
 * They are the keys of the protocol's ReflectionAnswers.
 */
export const REFLECTION_QUESTIONS = [
  'whatHappened',
  'why',
  'realWorld',
  'takeaway',
  'wentWell',
  'toImprove',
] as const;
export const ReflectionQuestion = z.enum(REFLECTION_QUESTIONS);
export type ReflectionQuestion = z.infer<typeof ReflectionQuestion>;

/**
 * A reflection question as the scenario asks it: its own wording, and the
 * learning objective the answer is evidence of (shown to the student with
 * the question, and read by the evaluator against that objective's rubric).
 */
export const ReflectionPrompt = z.strictObject({
  question: ReflectionQuestion,
  objective: Id,
  text: LocalizedText,
});
export type ReflectionPrompt = z.infer<typeof ReflectionPrompt>;
