import { z } from 'zod';
import { InjectSource } from './inject-card';
import { Id, LocalizedText } from './primitives';

/** The fewest and the most questions a format's knowledge check asks. */
export const KNOWLEDGE_CHECK_MIN_QUESTIONS = 5;
export const KNOWLEDGE_CHECK_MAX_QUESTIONS = 8;

/** One answer a question offers; exactly one of a question's options is correct. */
export const KnowledgeOption = z.strictObject({
  id: Id,
  text: LocalizedText,
  correct: z.boolean().default(false),
});
export type KnowledgeOption = z.infer<typeof KnowledgeOption>;

/**
 * A question of the knowledge check: multiple choice (three to five options)
 * or true/false (two), tied to a learning objective. Its explanation is shown
 * once a player has answered the check in the debrief; its source is the line
 * of the article the answer rests on, with a short excerpt, as a card cites it.
 */
export const KnowledgeQuestion = z.strictObject({
  id: Id,
  kind: z.enum(['multiple-choice', 'true-false']),
  objective: Id,
  prompt: LocalizedText,
  options: z.array(KnowledgeOption).min(2).max(5),
  explanation: LocalizedText,
  source: InjectSource,
});
export type KnowledgeQuestion = z.infer<typeof KnowledgeQuestion>;

/**
 * The scenario's knowledge check: its questions, and per format (by id) the
 * questions that format asks, in order; the checker proves each format asks
 * five to eight.
 */
export const KnowledgeCheck = z.strictObject({
  questions: z.array(KnowledgeQuestion).min(1),
  formats: z.record(Id, z.array(Id)),
});
export type KnowledgeCheck = z.infer<typeof KnowledgeCheck>;

/** The questions a format asks, in its order; none when the scenario has no check. */
export function knowledgeQuestionsOf(
  check: KnowledgeCheck | undefined,
  format: string,
): KnowledgeQuestion[] {
  if (check === undefined) return [];
  const byId = new Map(check.questions.map((question) => [question.id, question]));
  return (check.formats[format] ?? []).flatMap((id) => {
    const question = byId.get(id);
    return question === undefined ? [] : [question];
  });
}
