import { z } from 'zod';
import { ReflectionQuestion } from '../scenario/reflection-prompt';
import { LearningObjectiveKind, ReportText } from './report-parts';

/** A rubric level as the report names it: its rank (1 = lowest), name and descriptor. */
export const ReportRubricLevel = z.strictObject({
  id: z.string(),
  rank: z.number(),
  name: ReportText,
  description: ReportText,
});
export type ReportRubricLevel = z.infer<typeof ReportRubricLevel>;

/** Control's rating of one team on the objective (HSEEP's evaluator observation). */
export const ReportRating = z.strictObject({
  team: z.string(),
  /** Null while Control has kept only a note. */
  level: ReportRubricLevel.nullable(),
  note: z.string().nullable(),
});
export type ReportRating = z.infer<typeof ReportRating>;

/** Answers to the knowledge check's questions on one objective, or over all of them. */
export const ReportKnowledgeTally = z.strictObject({
  /** Players who sat it (a team's or the class's). */
  players: z.number(),
  correct: z.number(),
  /** Questions answered (or asked, for a team's totals). */
  total: z.number(),
});
export type ReportKnowledgeTally = z.infer<typeof ReportKnowledgeTally>;

export const ReportKnowledgeChange = z.strictObject({
  before: ReportKnowledgeTally,
  after: ReportKnowledgeTally,
});
export type ReportKnowledgeChange = z.infer<typeof ReportKnowledgeChange>;

/**
 * What shows that one learning objective was exercised and attained: the
 * scored decisions that exercised it, Control's ratings of each team, the
 * class's knowledge-check answers on it and the reflections tied to it.
 * Never a student's own score: the report may be shared with the players.
 */
export const ReportObjectiveEvidence = z.strictObject({
  id: z.string(),
  kind: LearningObjectiveKind,
  text: ReportText,
  /** The rubric's levels, lowest first (none when the scenario has no rubric for it). */
  levels: z.array(ReportRubricLevel),
  injects: z.array(z.strictObject({ id: z.string(), title: ReportText, move: z.number() })),
  /** Decisions of scored moves only: the practice move teaches the controls, it is not assessed. */
  decisions: z.array(z.strictObject({ move: z.number(), team: z.string(), order: z.number() })),
  ratings: z.array(ReportRating),
  /** The class's answers to this objective's questions; null without a knowledge check. */
  knowledge: ReportKnowledgeChange.extend({ questions: z.number() }).nullable(),
  reflections: z.array(
    z.strictObject({ team: z.string().nullable(), question: ReflectionQuestion, text: z.string() }),
  ),
});
export type ReportObjectiveEvidence = z.infer<typeof ReportObjectiveEvidence>;

/** The lessons: each objective's evidence, and each team's knowledge-check totals. */
export const ReportLessonsByObjective = z.strictObject({
  objectives: z.array(ReportObjectiveEvidence),
  /** Per team, its players' correct answers over every question, per sitting. */
  knowledgeByTeam: z.array(ReportKnowledgeChange.extend({ team: z.string() })),
});
export type ReportLessonsByObjective = z.infer<typeof ReportLessonsByObjective>;

/** Why a row is in the improvement plan (see `buildImprovementPlan`). */
export const ImprovementReason = z.discriminatedUnion('kind', [
  /** Control rated the team in the lower half of the rubric. */
  z.strictObject({
    kind: z.literal('rating'),
    level: ReportRubricLevel,
    note: z.string().nullable(),
  }),
  /** A player's own "what to improve", tied to this objective. */
  z.strictObject({ kind: z.literal('reflection'), text: z.string() }),
  /** Fewer than half the class's debrief answers on the objective's questions were right. */
  z.strictObject({ kind: z.literal('knowledge'), correct: z.number(), total: z.number() }),
]);
export type ImprovementReason = z.infer<typeof ImprovementReason>;

/** One row of the improvement plan (HSEEP): issue, recommendation, owner, objective. */
export const ReportImprovement = z.strictObject({
  objective: z.string(),
  /** The team it concerns; null for the class as a whole. */
  owner: z.string().nullable(),
  issues: z.array(ImprovementReason),
  /** The rubric level to aim for next: its descriptor is the recommendation; null without a rubric. */
  target: ReportRubricLevel.nullable(),
});
export type ReportImprovement = z.infer<typeof ReportImprovement>;
