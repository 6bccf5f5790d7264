import {
  buildReport,
  Report,
  REPORT_SECTIONS,
  ReportInputError,
  type ExerciseView,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { marker, playerOf } from '../projection/recorded-game';
import { reportGame, scenario, SEEDS } from './support/report-games';

const SECTION_FIELDS = {
  overview: 'overview',
  summary: 'summary',
  timeline: 'timeline',
  tracks: 'trackHistory',
  objectives: 'objectives',
  decisionPoints: 'decisionPoints',
  lessons: 'lessons',
  questions: 'questions',
  learning: 'learning',
  participation: 'participation',
  whatIf: 'whatIf',
} as const satisfies Record<(typeof REPORT_SECTIONS)[number], keyof Report>;

describe.each(Object.entries(SEEDS))('the report of a simulated game (%s)', (_name, seed) => {
  const game = reportGame(seed);
  const { context } = game.exercise;
  const report = buildReport(game.view);

  it('is valid against its schema and has every section filled', () => {
    expect(Report.parse(report)).toStrictEqual(report);
    // Choices versus dice is computed in the background and added by the server, not built here.
    for (const section of REPORT_SECTIONS.filter((name) => name !== 'whatIf')) {
      const value: unknown = report[SECTION_FIELDS[section]];
      expect(value, section).toBeDefined();
      if (Array.isArray(value)) expect(value.length, section).toBeGreaterThan(0);
    }
    expect(report.overview.exerciseId).toBe('ex-test-1');
    expect(report.overview.learningObjectives.map((o) => o.id)).toEqual(
      scenario.learningObjectives.map((o) => o.id),
    );
  });

  it('lists every released inject in the timeline of its move, with its source line', () => {
    expect(context.injects.length).toBeGreaterThan(5);
    for (const release of context.injects) {
      const move = report.timeline.find((entry) => entry.move === release.move);
      const inject = move?.injects.find((entry) => entry.id === release.inject);
      const card = scenario.injects.find((candidate) => candidate.id === release.inject);
      expect(inject, release.inject).toBeDefined();
      expect(inject?.title.en).toBe(card?.title.en);
      expect(inject?.citation).toMatchObject({
        line: card?.source.line,
        excerpt: card?.source.excerpt,
        author: scenario.source.author,
        publication: scenario.source.publication,
        year: scenario.source.year,
      });
      expect(inject?.cause?.kind).toBe(release.cause.kind);
    }
    const listed = report.timeline.flatMap((move) => move.injects.map((inject) => inject.id));
    expect(listed).toEqual(context.injects.map((release) => release.inject));
  });

  it('gives every decision with its rationale and statement, and every roll and outcome', () => {
    const decisions = report.timeline.flatMap((move) =>
      move.decisions.map((decision) => ({ move: move.move, decision })),
    );
    expect(decisions).toHaveLength(context.decisions.length);
    for (const { move, decision } of decisions) {
      expect(decision.rationale).toBe(`${marker.rationale(decision.team)} ${move}`);
      expect(decision.statement).toBe(marker.statement(decision.team, move));
    }
    const results = context.adjudications.flatMap((adjudication) => adjudication.results);
    const actions = decisions.flatMap(({ decision }) => decision.actions);
    for (const result of results) {
      const action = actions.find((candidate) => candidate.id === result.id);
      expect(action?.result?.roll, result.id).toBe(result.roll);
      expect(action?.result?.outcome, result.id).toBe(result.outcome);
      expect(action?.result?.odds, result.id).toBe(result.odds?.total ?? null);
    }
    expect(actions.filter((action) => action.result !== null)).toHaveLength(results.length);
  });

  it('charts the tracks at every point of the history and scores every objective', () => {
    expect(report.trackHistory.map((point) => point.values)).toEqual(
      context.trackHistory.map((snapshot) => snapshot.tracks),
    );
    expect(report.trackHistory.filter((point) => point.practice).map((p) => p.label)).toEqual([
      'after-move',
      'practice-reset',
    ]);
    const scores = context.scores ?? [];
    expect(report.objectives.map((score) => score.team)).toEqual(scores.map((s) => s.team));
    for (const score of report.objectives) {
      const expected = scores.find((s) => s.team === score.team);
      expect(score.objectives.map((o) => [o.id, o.met])).toEqual(
        expected?.objectives.map((o) => [o.objective, o.met]),
      );
      for (const objective of score.objectives) expect(objective.why.text).not.toBe('');
      expect(score.objectives.every((o) => o.text.en.length > 10)).toBe(true);
    }
  });

  it('names the discussion questions of every released inject', () => {
    expect(report.questions.map((entry) => entry.inject)).toEqual(
      context.injects.map((release) => release.inject),
    );
    for (const entry of report.questions) {
      const card = scenario.injects.find((candidate) => candidate.id === entry.inject);
      expect(entry.questions.map((q) => q.text.en)).toEqual(card?.questions.map((q) => q.text.en));
    }
  });

  it('counts participation per player, people only', () => {
    expect(report.participation.map((entry) => entry.player)).toEqual([
      ...scenario.teams.map((team) => playerOf(team.id)),
      'p-observer',
    ]);
    expect(report.participation.every((entry) => entry.reflections === 1)).toBe(true);
    expect(report.participation[0]?.messages).toBeGreaterThan(0);
  });

  it('is the same report from the same view, and leaves the view as it was', () => {
    const before = JSON.stringify(game.view);
    expect(buildReport(game.view)).toStrictEqual(report);
    expect(JSON.stringify(game.view)).toBe(before);
  });
});

describe('the summary and the key decision points', () => {
  it('tells an early rupture, its trace and the largest changes from start to end', () => {
    const { view, exercise } = reportGame(SEEDS.rupture);
    const report = buildReport(view);
    const ending = exercise.context.ending;
    expect(report.summary.ending).toMatchObject({
      id: 'rupture',
      kind: 'early',
      move: ending?.move,
    });
    expect(JSON.stringify(report.decisionPoints.earlyEnding?.trace)).toContain('bilateral-trust');
    const start = exercise.context.trackHistory[0]?.tracks ?? {};
    const final = exercise.context.tracks;
    for (const change of report.summary.largestChanges) {
      expect(change.from).toBe(start[change.track]);
      expect(change.to).toBe(final[change.track]);
    }
    expect(report.summary.largestChanges.map((change) => change.track)).toContain(
      'bilateral-trust',
    );
  });

  it('has no early ending after the last move, and the final ending in the summary', () => {
    const report = buildReport(reportGame(SEEDS.final).view);
    expect(report.summary.ending?.kind).toBe('final');
    expect(report.decisionPoints.earlyEnding).toBeNull();
    expect(report.overview.movesPlayed).toBe(5);
  });

  it('gives the dilemma an overt strike forced on Mexico City and the answer chosen', () => {
    const { view, exercise } = reportGame(SEEDS.dilemma);
    const report = buildReport(view);
    const answer = exercise.context.ending?.dilemma;
    expect(answer?.option).toBeTruthy();
    expect(report.decisionPoints.earlyEnding?.dilemma).toMatchObject({
      team: 'mexico-city',
      option: { id: answer?.option },
    });
  });

  it('follows every rung of the escalation ladder, each step caused and chained', () => {
    for (const seed of Object.values(SEEDS)) {
      const report = buildReport(reportGame(seed).view);
      const steps = report.decisionPoints.steps;
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.every((step) => step.track === 'escalation' && step.move > 0)).toBe(true);
      steps.slice(1).forEach((step, index) => expect(step.from).toBe(steps[index]?.to));
    }
  });

  it('ranks the swings by how far they moved across their track, with their causes', () => {
    const report = buildReport(reportGame(SEEDS.final).view);
    const { swings } = report.decisionPoints;
    expect(swings.length).toBeGreaterThan(0);
    expect(swings.length).toBeLessThanOrEqual(5);
    const reach = (swing: (typeof swings)[number]) => {
      const track = report.tracks.find((candidate) => candidate.id === swing.track);
      return Math.abs(swing.to - swing.from) / ((track?.max ?? 1) - (track?.min ?? 0));
    };
    swings.slice(1).forEach((swing, index) => {
      const previous = swings[index];
      if (previous !== undefined) expect(reach(swing)).toBeLessThanOrEqual(reach(previous));
    });
    for (const swing of swings) {
      expect(swing.causes.length).toBeGreaterThan(0);
      expect(swing.causes.every((cause) => cause.track === swing.track)).toBe(true);
    }
  });
});

describe('learning objectives exercised', () => {
  it('credits an inject with its own objectives and a decision with those of the injects behind it', () => {
    const { view } = reportGame(SEEDS.rupture);
    const report = buildReport(view);
    for (const objective of report.learning) {
      const expected = view.injects.filter((inject) => inject.objectives.includes(objective.id));
      expect(objective.injects.map((inject) => inject.id)).toEqual(expected.map((i) => i.id));
    }
    // Washington's move-1 decision answers the injects released since its practice decision.
    const washington = view.decisions.filter((decision) => decision.team === 'washington');
    const [practice, first] = washington;
    const behind = view.injects.filter(
      (inject) =>
        inject.release.at > (practice?.at ?? 0) &&
        inject.release.at <= (first?.at ?? 0) &&
        (inject.audience === 'all' || inject.audience.includes('washington')),
    );
    const objectives = new Set(behind.flatMap((inject) => inject.objectives));
    expect(objectives.size).toBeGreaterThan(0);
    for (const objective of report.learning) {
      const credited = objective.decisions.some((d) => d.team === 'washington' && d.move === 1);
      expect(credited, objective.id).toBe(objectives.has(objective.id));
    }
  });

  it('credits nothing to a team whose time ran out', () => {
    const view: ExerciseView = structuredClone(reportGame(SEEDS.rupture).view);
    const decision = view.decisions.find((d) => d.team === 'cartels' && d.move === 1);
    if (decision === undefined) throw new Error('no decision of the cartels in move 1');
    Object.assign(decision, { kind: 'hold', holdReason: 'deadline', actions: [] });
    const learning = buildReport(view).learning;
    expect(
      learning.some((o) => o.decisions.some((d) => d.team === 'cartels' && d.move === 1)),
    ).toBe(false);
    expect(
      learning.some((o) => o.decisions.some((d) => d.team === 'cartels' && d.move === 2)),
    ).toBe(true);
  });
});

describe('strengths and areas for improvement', () => {
  it('takes what went well and what to improve from the hotwash, by team and never by name', () => {
    const view: ExerciseView = structuredClone(reportGame(SEEDS.rupture).view);
    view.reflections = [
      {
        player: 'p-washington',
        team: 'washington',
        at: 1,
        answers: { wentWell: 'We talked early.', toImprove: 'Read the briefs.', why: '  ' },
      },
      { player: 'p-observer', team: null, at: 2, answers: { toImprove: 'Slow down.' } },
    ];
    const { lessons } = buildReport(view);
    expect(lessons.strengths).toEqual([{ team: 'washington', text: 'We talked early.' }]);
    expect(lessons.improvements).toEqual([
      { team: 'washington', text: 'Read the briefs.' },
      { team: null, text: 'Slow down.' },
    ]);
    expect(lessons.reflections).toEqual([]);
    expect(lessons.controlNotes.map((note) => note.text)).toEqual(
      view.narrative.map((note) => note.text),
    );
    expect(JSON.stringify(lessons)).not.toContain('p-washington');
  });
});

describe('what a report is built from', () => {
  it('refuses a team’s view, which lacks the other teams’ secrets', () => {
    const { input } = reportGame(SEEDS.rupture);
    const teamView = structuredClone(reportGame(SEEDS.rupture).view);
    teamView.recipient = { kind: 'team', team: 'washington', player: playerOf('washington') };
    teamView.control = null;
    expect(() => buildReport(teamView)).toThrow(ReportInputError);
    expect(() => buildReport(teamView)).toThrow(
      /facilitator's view; this view is for team washington/,
    );
    expect(input.exerciseId).toBe('ex-test-1');
  });
});
