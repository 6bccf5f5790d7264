import type { KnowledgeQuestion } from '../scenario/knowledge-check';
import type {
  KnowledgeAnswers,
  KnowledgeAttempt,
  KnowledgeAttemptKind,
  KnowledgeCheckResults,
  KnowledgeReviewItem,
  KnowledgeScore,
  PlayerKnowledgeScores,
  QuestionKnowledgeResults,
  TeamKnowledgeScores,
} from './knowledge-check';

/** The option a question marks correct ('' for a question without one, which the checker refuses). */
export function correctOptionOf(question: KnowledgeQuestion): string {
  return question.options.find((option) => option.correct)?.id ?? '';
}

/**
 * The one scoring rule of the knowledge check: one point per question of the
 * format answered with its correct option; a question left out or answered
 * with another option scores nothing, and answers to questions the format
 * does not ask are ignored.
 */
export function scoreKnowledgeAnswers(
  questions: readonly KnowledgeQuestion[],
  answers: KnowledgeAnswers,
): KnowledgeScore {
  const correct = questions.filter(
    (question) => answers[question.id] === correctOptionOf(question),
  ).length;
  return { correct, total: questions.length };
}

/** The attempt of one player at one sitting (the first, should there be two). */
function attemptOf(
  attempts: readonly KnowledgeAttempt[],
  player: string,
  attempt: KnowledgeAttemptKind,
): KnowledgeAttempt | undefined {
  return attempts.find((entry) => entry.player === player && entry.attempt === attempt);
}

/**
 * Per player who took the check, in the order they first answered: the
 * score before the first move and in the debrief (null for a sitting not
 * taken). The grades export reads the knowledge-check columns from this.
 */
export function knowledgeScoresByPlayer(
  questions: readonly KnowledgeQuestion[],
  attempts: readonly KnowledgeAttempt[],
): PlayerKnowledgeScores[] {
  const players = [...new Map(attempts.map((entry) => [entry.player, entry.team])).entries()];
  return players.map(([player, team]) => {
    const score = (sitting: KnowledgeAttemptKind): KnowledgeScore | null => {
      const entry = attemptOf(attempts, player, sitting);
      return entry === undefined ? null : scoreKnowledgeAnswers(questions, entry.answers);
    };
    return { player, team, before: score('before'), after: score('after') };
  });
}

const sum = (scores: (KnowledgeScore | null)[]) => {
  const taken = scores.filter((score): score is KnowledgeScore => score !== null);
  return {
    correct: taken.reduce((total, score) => total + score.correct, 0),
    total: taken.reduce((total, score) => total + score.total, 0),
    players: taken.length,
  };
};

/** The class's results: per player, per team (in the order given) and per question. */
export function knowledgeCheckResults(
  questions: readonly KnowledgeQuestion[],
  attempts: readonly KnowledgeAttempt[],
  teams: readonly string[],
): KnowledgeCheckResults {
  const players = knowledgeScoresByPlayer(questions, attempts);
  const teamScores: TeamKnowledgeScores[] = teams.map((team) => {
    const members = players.filter((entry) => entry.team === team);
    return {
      team,
      before: sum(members.map((entry) => entry.before)),
      after: sum(members.map((entry) => entry.after)),
    };
  });
  const perQuestion = questions.map((question): QuestionKnowledgeResults => {
    const correctOption = correctOptionOf(question);
    const tally = (sitting: KnowledgeAttemptKind) => {
      const sat = players.flatMap((entry) => attemptOf(attempts, entry.player, sitting) ?? []);
      return {
        answered: sat.filter((entry) => entry.answers[question.id] !== undefined).length,
        correct: sat.filter((entry) => entry.answers[question.id] === correctOption).length,
      };
    };
    return {
      question: question.id,
      objective: question.objective,
      correctOption,
      before: tally('before'),
      after: tally('after'),
    };
  });
  return { players, teams: teamScores, questions: perQuestion };
}

/**
 * What a player reads once they have answered in the debrief: per question,
 * the right option, their choices, the explanation and the source. Null
 * until then, so that the first sitting's right answers are not given away.
 */
export function knowledgeReview(
  questions: readonly KnowledgeQuestion[],
  own: readonly KnowledgeAttempt[],
): KnowledgeReviewItem[] | null {
  const after = own.find((entry) => entry.attempt === 'after');
  if (after === undefined) return null;
  const before = own.find((entry) => entry.attempt === 'before');
  return questions.map((question) => ({
    question: question.id,
    correctOption: correctOptionOf(question),
    before: before?.answers[question.id] ?? null,
    after: after.answers[question.id] ?? null,
    explanation: question.explanation,
    source: question.source,
  }));
}
