import {
  knowledgeQuestionsOf,
  type KnowledgeAttemptKind,
  type KnowledgeQuestion,
} from '@borderline/shared';
import type { EventOf } from '../events';
import type { ExerciseContext } from '../exercise-context';
import { refuse, type Refusal } from '../refusal';
import { formatOf, type ScenarioIndex, type PlayConfig } from '../scenario-index';

/** The knowledge check's questions in the exercise's format, in order. */
export function knowledgeQuestions(index: ScenarioIndex, config: PlayConfig): KnowledgeQuestion[] {
  return knowledgeQuestionsOf(index.scenario.knowledgeCheck, formatOf(index, config).id);
}

/**
 * A sitting of the knowledge check is taken when it is open (the state says
 * which: `before` in the lobby and the briefing, `after` in the hotwash),
 * once per player, by a team's player, with an answer from the options of
 * every question the format asks and none to any other question.
 */
export function validateKnowledgeAnswers(
  index: ScenarioIndex,
  context: ExerciseContext,
  event: EventOf<'player.answerKnowledgeCheck'>,
  open: KnowledgeAttemptKind,
): Refusal | null {
  const questions = knowledgeQuestions(index, context.config);
  if (questions.length === 0) {
    return refuse('no-knowledge-check', 'This exercise has no knowledge check.');
  }
  if (event.attempt !== open) {
    return refuse(
      'knowledge-check-closed',
      open === 'before'
        ? 'The knowledge check of the debrief opens with the hotwash.'
        : 'The knowledge check before the first move has closed.',
    );
  }
  if (!index.teams.has(event.team))
    return refuse('unknown-team', `There is no team "${event.team}".`);
  const taken = context.knowledgeAttempts.some(
    (entry) => entry.player === event.player && entry.attempt === event.attempt,
  );
  if (taken) {
    return refuse('knowledge-check-answered', 'You have already answered this knowledge check.');
  }
  const asked = new Set(questions.map((question) => question.id));
  const unknown = Object.keys(event.answers).filter((id) => !asked.has(id));
  const unanswered = questions.filter(
    (question) => !question.options.some((option) => option.id === event.answers[question.id]),
  );
  if (unknown.length > 0 || unanswered.length > 0) {
    return refuse(
      'knowledge-check-incomplete',
      `Answer every question with one of its options (${unanswered.length} of ${questions.length} unanswered).`,
    );
  }
  return null;
}

export function addKnowledgeAttempt(
  context: ExerciseContext,
  event: EventOf<'player.answerKnowledgeCheck'>,
): Partial<ExerciseContext> {
  const attempt = {
    player: event.player,
    team: event.team,
    attempt: event.attempt,
    at: event.at,
    answers: event.answers,
  };
  return { knowledgeAttempts: [...context.knowledgeAttempts, attempt] };
}
