import type { KnowledgeCheckResults, Reflection } from '../protocol/index';
import type { Rubric } from '../scenario/index';
import { buildLearning } from './build-learning';
import type {
  ReportKnowledgeChange,
  ReportLessonsByObjective,
  ReportObjectiveEvidence,
  ReportRubricLevel,
} from './report-evidence';
import { text, type FacilitatorView } from './report-source';

export function rubricLevels(rubric: Rubric | undefined): ReportRubricLevel[] {
  return [...(rubric?.levels ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((level) => ({
      id: level.id,
      rank: level.rank,
      name: text(level.name),
      description: text(level.description),
    }));
}

/** The class's answers to an objective's questions, per sitting; null without a check. */
function knowledgeOn(
  results: KnowledgeCheckResults | null,
  objective: string,
): ReportObjectiveEvidence['knowledge'] {
  if (results === null) return null;
  const questions = results.questions.filter((question) => question.objective === objective);
  if (questions.length === 0) return null;
  const sat = (sitting: 'before' | 'after') =>
    results.players.filter((player) => player[sitting] !== null).length;
  const tally = (sitting: 'before' | 'after') => ({
    players: sat(sitting),
    correct: questions.reduce((sum, question) => sum + question[sitting].correct, 0),
    total: questions.reduce((sum, question) => sum + question[sitting].answered, 0),
  });
  return { questions: questions.length, before: tally('before'), after: tally('after') };
}

/** The written answers tied to an objective by the scenario's reflection prompts, by team. */
function reflectionsOn(
  view: FacilitatorView,
  reflections: readonly Reflection[],
  objective: string,
): ReportObjectiveEvidence['reflections'] {
  const questions = view.scenario.reflectionPrompts
    .filter((prompt) => prompt.objective === objective)
    .map((prompt) => prompt.question);
  return reflections.flatMap((reflection) =>
    questions.flatMap((question) => {
      const answer = reflection.answers[question]?.trim() ?? '';
      return answer === '' ? [] : [{ team: reflection.team, question, text: answer }];
    }),
  );
}

/**
 * The lessons, objective by objective, from the facilitator's view: what
 * exercised it (`buildLearning`, scored moves only), Control's rating of
 * each team on its rubric with the evaluator's note, the class's
 * knowledge-check answers on its questions before the first move and in
 * the debrief, and the reflections the scenario ties to it. Knowledge is
 * given per team and for the class, never per student: players may read
 * the report.
 */
export function buildAttainment(view: FacilitatorView): ReportLessonsByObjective {
  const { rubrics, ratings } = view.control;
  const results = view.knowledgeCheck?.results ?? null;
  const objectives = buildLearning(view).map((exposure): ReportObjectiveEvidence => {
    const levels = rubricLevels(rubrics.find((rubric) => rubric.objective === exposure.id));
    return {
      ...exposure,
      levels,
      ratings: view.control.teams.flatMap((team) => {
        const rating = ratings.find(
          (candidate) => candidate.team === team.id && candidate.objective === exposure.id,
        );
        if (rating === undefined) return [];
        const level = levels.find((candidate) => candidate.id === rating.level) ?? null;
        return [{ team: team.id, level, note: rating.note }];
      }),
      knowledge: knowledgeOn(results, exposure.id),
      reflections: reflectionsOn(view, view.reflections, exposure.id),
    };
  });
  const knowledgeByTeam = (results?.teams ?? []).map(
    ({ team, before, after }): ReportKnowledgeChange & { team: string } => ({
      team,
      before: { players: before.players, correct: before.correct, total: before.total },
      after: { players: after.players, correct: after.correct, total: after.total },
    }),
  );
  return { objectives, knowledgeByTeam };
}
