import {
  buildReport,
  isLowRating,
  reportToMarkdown,
  type ExerciseView,
  type ReportRubricLevel,
} from '@borderline/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { reportGame, scenario, SEEDS } from './support/report-games';
import { playSeminarGame } from './support/seminar-game';

const levels = (count: number): ReportRubricLevel[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `level-${index + 1}`,
    rank: index + 1,
    name: { en: `Level ${index + 1}` },
    description: { en: `What a team at level ${index + 1} does.` },
  }));

/** A recorded game's facilitator view, with Control's ratings and the players' reflections set. */
function viewWith(change: (view: ExerciseView) => void): ExerciseView {
  const view: ExerciseView = structuredClone(reportGame(SEEDS.final).view);
  change(view);
  return view;
}

describe('the lessons, objective by objective, of a seminar', () => {
  const game = playSeminarGame();
  afterAll(() => game.harness.service.stop());
  const report = buildReport(game.view);
  const results = game.view.knowledgeCheck?.results;

  it('gives Control’s rating of every team on every objective, with its rubric level and note', () => {
    for (const objective of report.attainment.objectives) {
      const rubric = scenario.rubrics.find((candidate) => candidate.objective === objective.id);
      expect(objective.levels.map((level) => level.id)).toEqual(
        [...(rubric?.levels ?? [])].sort((a, b) => a.rank - b.rank).map((level) => level.id),
      );
      expect(objective.ratings.map((rating) => rating.team)).toEqual(
        scenario.teams.map((team) => team.id),
      );
      for (const rating of objective.ratings) {
        const given = game.ratings.find(
          (candidate) => candidate.team === rating.team && candidate.objective === objective.id,
        );
        expect(rating.level?.id).toBe(given?.level);
        expect(rating.note).toBe(given?.note);
      }
    }
  });

  it('counts the class’s knowledge-check answers per objective and per team, never per student', () => {
    if (results === null || results === undefined) throw new Error('no knowledge check results');
    for (const objective of report.attainment.objectives) {
      const questions = results.questions.filter((question) => question.objective === objective.id);
      if (questions.length === 0) {
        expect(objective.knowledge).toBeNull();
        continue;
      }
      expect(objective.knowledge).toEqual({
        questions: questions.length,
        before: {
          players: 6,
          correct: questions.reduce((sum, question) => sum + question.before.correct, 0),
          total: questions.reduce((sum, question) => sum + question.before.answered, 0),
        },
        after: {
          players: 6,
          correct: questions.reduce((sum, question) => sum + question.after.correct, 0),
          total: questions.reduce((sum, question) => sum + question.after.answered, 0),
        },
      });
    }
    expect(report.attainment.knowledgeByTeam).toEqual(
      results.teams.map(({ team, before, after }) => ({ team, before, after })),
    );
    // The debrief's sitting got all but one question right, the first half of them before.
    const total = results.questions.length;
    for (const entry of report.attainment.knowledgeByTeam) {
      expect(entry.after.correct).toBe(2 * (total - 1));
      expect(entry.before.correct).toBe(2 * Math.floor(total / 2));
    }
    // No student is named, nor given an id, in what the report says of the check.
    const shown = JSON.stringify(report.attainment);
    for (const ids of Object.values(game.players)) {
      for (const id of ids) expect(shown).not.toContain(id);
    }
    expect(shown).not.toContain('Student 1');
  });

  it('ties each reflection to the objective the scenario’s prompt names', () => {
    for (const objective of report.attainment.objectives) {
      const questions = scenario.reflectionPrompts
        .filter((prompt) => prompt.objective === objective.id)
        .map((prompt) => prompt.question);
      expect(new Set(objective.reflections.map((item) => item.question))).toEqual(
        new Set(questions),
      );
      // Every student answered every question: two per team and question.
      expect(objective.reflections).toHaveLength(questions.length * 6);
    }
  });

  it('plans an improvement for Washington’s low rating and for the class’s missed questions', () => {
    const washington = report.improvementPlan.find(
      (row) => row.owner === 'washington' && row.objective === 'escalation-awareness',
    );
    expect(washington?.issues.map((issue) => issue.kind)).toEqual([
      'rating',
      'reflection',
      'reflection',
    ]);
    expect(washington?.target?.id).toBe('developing');
    // The other teams were rated proficient: only their players' "to improve" gives them a row.
    for (const row of report.improvementPlan.filter(
      (r) => r.owner !== 'washington' && r.owner !== null,
    )) {
      expect(row.objective).toBe('escalation-awareness');
      expect(row.issues.every((issue) => issue.kind === 'reflection')).toBe(true);
      expect(row.target?.rank).toBe(4);
    }
    // Everyone missed the last question in the debrief: its objective is under half right.
    const last = results?.questions.at(-1);
    const classRows = report.improvementPlan.filter((row) => row.owner === null);
    expect(classRows.map((row) => row.objective)).toContain(last?.objective);
    for (const row of classRows) {
      const issue = row.issues[0];
      expect(issue?.kind).toBe('knowledge');
      if (issue?.kind === 'knowledge') expect(issue.correct * 2).toBeLessThan(issue.total);
    }
  });

  it('writes the lessons first and the plan second, in English and in Spanish', () => {
    const en = reportToMarkdown(report, 'en');
    const es = reportToMarkdown(report, 'es');
    expect(en.indexOf('## Lessons, objective by objective')).toBeLessThan(
      en.indexOf('## Improvement plan'),
    );
    expect(en).toContain('| Issue | Recommendation | Owner | Objective |');
    expect(en).toContain('Beginning (1 of 4): Washington');
    expect(es).toContain('| Problema | Recomendación | A cargo de | Objetivo |');
    expect(es).toContain('Inicial (1 de 4): Washington');
    // The evaluator's notes in full, in the appendix of the hotwash.
    expect(en).toContain(`### The evaluator’s notes on the ratings`);
    for (const rating of game.ratings) expect(en).toContain(rating.note ?? '');
  });
});

describe('the improvement plan’s rule', () => {
  it('calls the lower half of a rubric low: two of four levels, one of three', () => {
    expect(levels(4).map((level) => isLowRating(level, levels(4)))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(levels(3).map((level) => isLowRating(level, levels(3)))).toEqual([true, false, false]);
  });

  it('gives no row to a team rated well, and one to a team rated low, aiming at the next level', () => {
    const view = viewWith((v) => {
      if (v.control === null) throw new Error('no control view');
      v.control.ratings = [
        { team: 'washington', objective: 'securitization', level: 'proficient', note: null, at: 1 },
        {
          team: 'cartels',
          objective: 'securitization',
          level: 'developing',
          note: 'Vague.',
          at: 2,
        },
        { team: 'mexico-city', objective: 'securitization', level: null, note: 'Watch.', at: 3 },
      ];
      v.reflections = [];
    });
    const plan = buildReport(view).improvementPlan;
    expect(plan).toEqual([
      {
        objective: 'securitization',
        owner: 'cartels',
        issues: [
          {
            kind: 'rating',
            level: expect.objectContaining({ id: 'developing', rank: 2 }),
            note: 'Vague.',
          },
        ],
        target: expect.objectContaining({ id: 'proficient', rank: 3 }),
      },
    ]);
  });

  it('gives a team a row for its players’ “to improve”, on the objective the scenario ties it to', () => {
    const tied = scenario.reflectionPrompts.find((prompt) => prompt.question === 'toImprove');
    const view = viewWith((v) => {
      if (v.control !== null) v.control.ratings = [];
      v.reflections = [
        { player: 'p-cartels', team: 'cartels', at: 1, answers: { toImprove: 'Plan an exit.' } },
        { player: 'p-cartels-2', team: 'cartels', at: 2, answers: { toImprove: '   ' } },
        { player: 'p-observer', team: null, at: 3, answers: { toImprove: 'Slow down.' } },
      ];
    });
    const plan = buildReport(view).improvementPlan;
    expect(plan).toEqual([
      {
        objective: tied?.objective,
        owner: 'cartels',
        issues: [{ kind: 'reflection', text: 'Plan an exit.' }],
        // Not rated: the recommendation is the rubric's top level.
        target: expect.objectContaining({ rank: 4 }),
      },
    ]);
  });

  it('gives the class a row when fewer than half its debrief answers on an objective were right', () => {
    const base = reportGame(SEEDS.final).view.knowledgeCheck;
    const view = viewWith((v) => {
      if (v.control !== null) v.control.ratings = [];
      v.reflections = [];
      v.knowledgeCheck = {
        questions: base?.questions ?? [],
        open: null,
        results: {
          players: [
            { player: 'a', team: 'washington', before: null, after: { correct: 1, total: 2 } },
          ],
          teams: [],
          questions: [
            {
              question: 'q1',
              objective: 'securitization',
              correctOption: 'x',
              before: { answered: 0, correct: 0 },
              after: { answered: 4, correct: 2 },
            },
            {
              question: 'q2',
              objective: 'coercive-interdependence',
              correctOption: 'x',
              before: { answered: 0, correct: 0 },
              after: { answered: 4, correct: 1 },
            },
          ],
        },
      };
    });
    const plan = buildReport(view).improvementPlan;
    // Half right is not under half: only the second objective has a row.
    expect(plan).toEqual([
      {
        objective: 'coercive-interdependence',
        owner: null,
        issues: [{ kind: 'knowledge', correct: 1, total: 4 }],
        target: expect.objectContaining({ rank: 4 }),
      },
    ]);
  });
});
