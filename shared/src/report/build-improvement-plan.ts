import type {
  ImprovementReason,
  ReportImprovement,
  ReportLessonsByObjective,
  ReportObjectiveEvidence,
  ReportRubricLevel,
} from './report-evidence';
import type { FacilitatorView } from './report-source';

/**
 * A rating is low when its rank is in the lower half of the rubric: rank 1
 * and 2 of four levels, rank 1 of three.
 */
export function isLowRating(
  level: ReportRubricLevel,
  levels: readonly ReportRubricLevel[],
): boolean {
  return level.rank <= Math.floor(levels.length / 2);
}

/** The level to aim for: the one above the rating, or the rubric's top when there is none. */
function nextLevel(
  levels: readonly ReportRubricLevel[],
  rated: ReportRubricLevel | null,
): ReportRubricLevel | null {
  if (rated === null) return levels.at(-1) ?? null;
  return levels.find((level) => level.rank > rated.rank) ?? rated;
}

/** Fewer than half the debrief's answers on the objective's questions were right. */
function classMissed(objective: ReportObjectiveEvidence): ImprovementReason | null {
  const after = objective.knowledge?.after;
  if (after === undefined || after.total === 0 || after.correct * 2 >= after.total) return null;
  return { kind: 'knowledge', correct: after.correct, total: after.total };
}

/**
 * The improvement plan, derived from the evidence and nothing else. The rule:
 * - a team has a row on an objective when Control rated it low on that
 *   objective's rubric (`isLowRating`; the evaluator's note is the issue's
 *   detail), or when one of its players answered the reflection question the
 *   scenario ties to that objective's "what to improve" (their words are the
 *   issue); the row's owner is that team;
 * - the class has a row on an objective when fewer than half of the
 *   debrief's knowledge-check answers on its questions were right; its owner
 *   is the class (null);
 * - the recommendation is the rubric's next level up from the team's
 *   rating (the top level when it was not rated, and for the class): what a
 *   team at that level does, in the scenario's words.
 * Rows come team by team in the scenario's order, objective by objective,
 * then the class's.
 */
export function buildImprovementPlan(
  view: FacilitatorView,
  attainment: ReportLessonsByObjective,
): ReportImprovement[] {
  const improveTo = new Set(
    view.scenario.reflectionPrompts
      .filter((prompt) => prompt.question === 'toImprove')
      .map((prompt) => prompt.objective),
  );
  const teamRows = view.control.teams.flatMap((team) =>
    attainment.objectives.flatMap((objective): ReportImprovement[] => {
      const rating = objective.ratings.find((candidate) => candidate.team === team.id);
      const level = rating?.level ?? null;
      const issues: ImprovementReason[] = [];
      if (rating !== undefined && level !== null && isLowRating(level, objective.levels)) {
        issues.push({ kind: 'rating', level, note: rating.note });
      }
      if (improveTo.has(objective.id)) {
        for (const reflection of view.reflections) {
          const answer = reflection.answers.toImprove?.trim() ?? '';
          if (reflection.team === team.id && answer !== '') {
            issues.push({ kind: 'reflection', text: answer });
          }
        }
      }
      if (issues.length === 0) return [];
      return [
        {
          objective: objective.id,
          owner: team.id,
          issues,
          target: nextLevel(objective.levels, level),
        },
      ];
    }),
  );
  const classRows = attainment.objectives.flatMap((objective): ReportImprovement[] => {
    const missed = classMissed(objective);
    if (missed === null) return [];
    return [
      {
        objective: objective.id,
        owner: null,
        issues: [missed],
        target: nextLevel(objective.levels, null),
      },
    ];
  });
  return [...teamRows, ...classRows];
}
