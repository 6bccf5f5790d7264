import {
  knowledgeCheckResults,
  knowledgeReview,
  scoreKnowledgeAnswers,
  type ExerciseTag,
  type KnowledgeAttemptKind,
  type KnowledgeCheckView,
  type OwnKnowledgeCheck,
} from '@borderline/shared';
import { knowledgeQuestions, type ExerciseContext, type ScenarioIndex } from '../engine';
import type { Visibility } from './visibility';

/**
 * The sitting open now: the first in the lobby and the briefing (not in a
 * fork's lobby, which resumes a game under way), the second in the hotwash;
 * none while paused. The engine takes the command in the same states.
 */
function openSitting(
  context: ExerciseContext,
  tags: readonly ExerciseTag[],
): KnowledgeAttemptKind | null {
  if (tags.includes('paused') || tags.includes('fork-lobby')) return null;
  if (context.phase === 'lobby' || context.phase === 'briefing') return 'before';
  if (context.phase === 'hotwash') return 'after';
  return null;
}

/**
 * The knowledge check a recipient sees: a team's players the questions
 * without their answers and which sitting is open; Control the same and the
 * class's results. Observers and the projector get none: they do not take it.
 */
export function projectKnowledgeCheck(
  index: ScenarioIndex,
  context: ExerciseContext,
  tags: readonly ExerciseTag[],
  visibility: Visibility,
): KnowledgeCheckView | null {
  const questions = knowledgeQuestions(index, context.config);
  if (questions.length === 0 || visibility.recipient.kind === 'observer') return null;
  return {
    questions: questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      objective: question.objective,
      prompt: question.prompt,
      options: question.options.map((option) => ({ id: option.id, text: option.text })),
    })),
    open: openSitting(context, tags),
    results: visibility.isControl
      ? knowledgeCheckResults(questions, context.knowledgeAttempts, index.turnOrder)
      : null,
  };
}

/**
 * A player's own sittings, scored, and the review once the debrief's is
 * done. Never another player's: not even a teammate's answers travel.
 */
export function projectOwnKnowledgeCheck(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
): OwnKnowledgeCheck {
  const { recipient } = visibility;
  if (recipient.kind === 'facilitator') return { attempts: [], review: null };
  const questions = knowledgeQuestions(index, context.config);
  const own = context.knowledgeAttempts.filter((entry) => entry.player === recipient.player);
  return {
    attempts: own.map((entry) => ({
      attempt: entry.attempt,
      at: entry.at,
      answers: entry.answers,
      score: scoreKnowledgeAnswers(questions, entry.answers),
    })),
    review: knowledgeReview(questions, own),
  };
}
