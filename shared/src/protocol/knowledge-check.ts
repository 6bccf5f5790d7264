import { z } from 'zod';
import type { InjectSource } from '../scenario/inject-card';
import { KNOWLEDGE_CHECK_MAX_QUESTIONS } from '../scenario/knowledge-check';
import type { LocalizedText } from '../scenario/primitives';
import { commandSchema, RefId } from './command-fields';

/** The two sittings of the knowledge check: before the first move, and in the debrief. */
export const KNOWLEDGE_ATTEMPTS = ['before', 'after'] as const;
export const KnowledgeAttemptKind = z.enum(KNOWLEDGE_ATTEMPTS);
export type KnowledgeAttemptKind = z.infer<typeof KnowledgeAttemptKind>;

/** Per question id, the option the player chose. */
export const KnowledgeAnswers = z
  .record(RefId, RefId)
  .refine((answers) => Object.keys(answers).length <= KNOWLEDGE_CHECK_MAX_QUESTIONS, {
    message: `expected at most ${KNOWLEDGE_CHECK_MAX_QUESTIONS} answers`,
  });
export type KnowledgeAnswers = z.infer<typeof KnowledgeAnswers>;

/**
 * A player's answers to the knowledge check, once per sitting: `before` in
 * the lobby or the briefing, `after` in the hotwash. Every question of the
 * exercise's format needs an answer; the engine refuses the rest.
 */
export const AnswerKnowledgeCheckCommand = commandSchema('player.answerKnowledgeCheck', {
  attempt: KnowledgeAttemptKind,
  answers: KnowledgeAnswers,
});

export const KNOWLEDGE_CHECK_COMMANDS = [AnswerKnowledgeCheckCommand] as const;

/** One player's answers at one sitting, as the engine keeps them. */
export interface KnowledgeAttempt {
  player: string;
  team: string | null;
  attempt: KnowledgeAttemptKind;
  at: number;
  answers: KnowledgeAnswers;
}

/** How many questions were answered right, of how many asked. */
export interface KnowledgeScore {
  correct: number;
  total: number;
}

/** A question as a player reads it before answering: no correct option, no explanation. */
export interface KnowledgeQuestionView {
  id: string;
  kind: 'multiple-choice' | 'true-false';
  objective: string;
  prompt: LocalizedText;
  options: { id: string; text: LocalizedText }[];
}

/** A question once the debrief's sitting is done: the right option, why, and where it comes from. */
export interface KnowledgeReviewItem {
  question: string;
  correctOption: string;
  /** The player's choice at each sitting (null when that sitting was not taken). */
  before: string | null;
  after: string | null;
  explanation: LocalizedText;
  source: InjectSource;
}

/** One player's own sitting of the check, scored. */
export interface OwnKnowledgeAttempt {
  attempt: KnowledgeAttemptKind;
  at: number;
  answers: KnowledgeAnswers;
  score: KnowledgeScore;
}

/** Per player: the score of each sitting (null when not taken). */
export interface PlayerKnowledgeScores {
  player: string;
  team: string | null;
  before: KnowledgeScore | null;
  after: KnowledgeScore | null;
}

/** Per team: the players' scores added up, per sitting, over those who took it. */
export interface TeamKnowledgeScores {
  team: string;
  before: KnowledgeScore & { players: number };
  after: KnowledgeScore & { players: number };
}

/** Per question: how the class answered it at each sitting. */
export interface QuestionKnowledgeResults {
  question: string;
  objective: string;
  correctOption: string;
  before: { answered: number; correct: number };
  after: { answered: number; correct: number };
}

/** The class's results, for Control and the report. */
export interface KnowledgeCheckResults {
  players: PlayerKnowledgeScores[];
  teams: TeamKnowledgeScores[];
  questions: QuestionKnowledgeResults[];
}

/** The knowledge check as a recipient's view carries it. */
export interface KnowledgeCheckView {
  /** The exercise's format's questions, in order, without their answers. */
  questions: KnowledgeQuestionView[];
  /** The sitting open now (`before` in the lobby and briefing, `after` in the hotwash), or null. */
  open: KnowledgeAttemptKind | null;
  /** Control only: the class's results (null for everyone else). */
  results: KnowledgeCheckResults | null;
}

/** The recipient's own part: its sittings and, once it took the debrief's, the review. */
export interface OwnKnowledgeCheck {
  attempts: OwnKnowledgeAttempt[];
  /** Shown once the player has answered the `after` sitting; null before. */
  review: KnowledgeReviewItem[] | null;
}
