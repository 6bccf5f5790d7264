import {
  buildReport,
  MAX_DECISIONS_PER_TEAM,
  Report,
  REPORT_SECTIONS,
  ReportInputError,
  type ExerciseView,
} from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import { marker, playerOf } from '../projection/recorded-game';
import { reportGame, scenario, SEEDS } from './support/report-games';

const SECTION_FIELDS = {
  attainment: 'attainment',
  improvementPlan: 'improvementPlan',
  overview: 'overview',
  timeline: 'timeline',
  log: 'timeline',
  tracks: 'trackHistory',
  objectives: 'objectives',
  decisionPoints: 'decisionPoints',
  lessons: 'lessons',
  questions: 'questions',
  participation: 'participation',
  whatIf: 'whatIf',
} as const satisfies Record<(typeof REPORT_SECTIONS)[number], keyof Report>;

describe.each(Object.entries(SEEDS))('the report of a simulated game (%s)', (_name, seed) => {
  const game = reportGame(seed);
  const { context } = game.exercise;
  const report = buildReport(game.view);

  it('is valid against its schema and has every section filled', () => {
    expect(Report.parse(report)).toStrictEqual(report);
    // Choices versus dice is computed in the background and added by the server, not built here;
    // a game Control did not rate, whose players wrote nothing to improve, has no plan
    // (tests/unit/report/report-attainment.test.ts gives it rows).
    expect(report.improvementPlan).toEqual([]);
    const built = REPORT_SECTIONS.filter((name) => name !== 'whatIf' && name !== 'improvementPlan');
    for (const section of built) {
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

  it('tells each team’s key decisions as decisions: who, what, what else was open, what followed', () => {
    for (const seed of Object.values(SEEDS)) {
      const { view } = reportGame(seed);
      const report = buildReport(view);
      const { decisions } = report.decisionPoints;
      expect(decisions.length).toBeGreaterThan(0);
      // Of the decisions holding the team's key actions, the one that moved the tracks furthest.
      for (const entry of report.summary.keyDecisions) {
        const keyMoves = new Set(entry.decisions.map((moment) => moment.move));
        const own = decisions.filter((d) => d.team === entry.team);
        expect(own.length).toBe(Math.min(keyMoves.size, MAX_DECISIONS_PER_TEAM));
        for (const decision of own) expect(keyMoves.has(decision.move)).toBe(true);
        const shiftOf = (move: number) =>
          entry.decisions.filter((m) => m.move === move).reduce((sum, m) => sum + m.shift, 0);
        const least = Math.min(...own.map((d) => shiftOf(d.move)));
        for (const move of keyMoves) {
          if (!own.some((d) => d.move === move)) expect(shiftOf(move)).toBeLessThanOrEqual(least);
        }
      }
      expect(decisions.map((d) => d.move)).toEqual(
        [...decisions.map((d) => d.move)].sort((a, b) => a - b),
      );
      for (const decision of decisions) {
        const played = view.decisions.find(
          (d) => d.team === decision.team && d.move === decision.move,
        );
        expect(scenario.moves.find((move) => move.number === decision.move)?.practice).not.toBe(
          true,
        );
        // The lead who submitted it, by name (the recorded game's leads are people).
        expect(decision.by).toBe(`Lead of ${decision.team}`);
        expect(decision.actions.map((action) => action.card?.id ?? null)).toEqual(
          played?.actions.map((action) => action.card),
        );
        const chosen = new Set(played?.actions.map((action) => action.card));
        for (const card of decision.alternatives) {
          const known = scenario.actions.find((candidate) => candidate.id === card.id);
          expect(known?.team, card.id).toBe(decision.team);
          expect(chosen.has(card.id), card.id).toBe(false);
        }
        expect(decision.changes.length).toBeGreaterThan(0);
        expect(decision.shift).toBeGreaterThan(0);
      }
    }
  });

  it('leaves out of a decision’s alternatives a card used up, or whose prerequisites did not hold', () => {
    const report = buildReport(reportGame(SEEDS.final).view);
    expect(report.decisionPoints.decisions.some((d) => d.alternatives.length > 0)).toBe(true);
    for (const decision of report.decisionPoints.decisions) {
      for (const { id } of decision.alternatives) {
        const card = scenario.actions.find((candidate) => candidate.id === id);
        if (card?.maxUses === undefined) continue;
        const used = report.timeline
          .filter((move) => !move.practice && move.move < decision.move)
          .flatMap((move) => move.decisions.filter((d) => d.team === decision.team))
          .flatMap((d) => d.actions)
          .filter((action) => action.card?.id === id).length;
        expect(used, id).toBeLessThan(card.maxUses);
      }
    }
    // A card whose prerequisite is a track bound is open only when the bound held before the move.
    const gated = scenario.actions.filter((card) => card.prerequisites?.type === 'track');
    let checked = 0;
    for (const decision of report.decisionPoints.decisions) {
      const before =
        report.timeline.find((move) => move.move === decision.move)?.tracksBefore ?? {};
      for (const card of gated.filter((c) => c.team === decision.team)) {
        const condition = card.prerequisites;
        if (condition?.type !== 'track') continue;
        const value = before[condition.track] ?? Number.NaN;
        const holds =
          (condition.atLeast === undefined || value >= condition.atLeast) &&
          (condition.atMost === undefined || value <= condition.atMost);
        const open = decision.alternatives.some((alternative) => alternative.id === card.id);
        const chosen = decision.actions.some((action) => action.card?.id === card.id);
        if (chosen) continue;
        expect(open, `${card.id} in move ${decision.move}`).toBe(holds);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('learning objectives exercised', () => {
  it('credits an inject with its own objectives and a decision with those of the injects behind it', () => {
    const { view } = reportGame(SEEDS.rupture);
    const report = buildReport(view);
    for (const objective of report.attainment.objectives) {
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
    for (const objective of report.attainment.objectives) {
      const credited = objective.decisions.some((d) => d.team === 'washington' && d.move === 1);
      expect(credited, objective.id).toBe(objectives.has(objective.id));
    }
  });

  it('credits nothing to a team whose time ran out', () => {
    const view: ExerciseView = structuredClone(reportGame(SEEDS.rupture).view);
    const decision = view.decisions.find((d) => d.team === 'cartels' && d.move === 1);
    if (decision === undefined) throw new Error('no decision of the cartels in move 1');
    Object.assign(decision, { kind: 'hold', holdReason: 'deadline', actions: [] });
    const learning = buildReport(view).attainment.objectives;
    expect(
      learning.some((o) => o.decisions.some((d) => d.team === 'cartels' && d.move === 1)),
    ).toBe(false);
    expect(
      learning.some((o) => o.decisions.some((d) => d.team === 'cartels' && d.move === 2)),
    ).toBe(true);
  });
});

describe('the practice move', () => {
  it('credits no objective to a decision of the practice move: it is not assessed', () => {
    const { view } = reportGame(SEEDS.rupture);
    const practice = scenario.moves.filter((move) => move.practice).map((move) => move.number);
    expect(practice.length).toBeGreaterThan(0);
    expect(view.decisions.some((decision) => practice.includes(decision.move))).toBe(true);
    const credited = buildReport(view).attainment.objectives.flatMap((o) => o.decisions);
    expect(credited.length).toBeGreaterThan(0);
    expect(credited.filter((decision) => practice.includes(decision.move))).toEqual([]);
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
