import { describe, expect, it } from 'vitest';
import { restoreExercise } from '../../../server/src/engine';
import { runGame } from '../../../server/src/simulate/run-game';
import {
  analyseWhatIf,
  distributionShift,
  findBranchPoints,
  type WhatIfOptions,
} from '../../../server/src/what-if';
import { fixture } from '../../fixtures/engine/fixture-scenario';

const SEED = 2;
const played = runGame(fixture, { seed: SEED });
const events = played.log.map((entry) => entry.event);
const input = { seed: SEED, config: { skipPractice: false } };
const options: WhatIfOptions = { continuations: 20, pilot: 4, rolls: 3, decisionsPerTeam: 1 };
const analysis = analyseWhatIf(fixture, input, events, options);

const pointsOf = () => findBranchPoints(fixture, input, events);

const total = (list: { count: number }[]) => list.reduce((sum, entry) => sum + entry.count, 0);

describe('choices versus dice', () => {
  it('finds every scored roll and decision, each forced the other way', () => {
    const { points, ending } = pointsOf();
    expect(ending).toBe(played.context.ending?.id);
    const rolled = played.context.adjudications
      .filter((adjudication) => adjudication.move >= 1)
      .flatMap((adjudication) => adjudication.results.filter((result) => result.roll !== null));
    const rolls = points.filter((point) => point.kind === 'roll');
    expect(rolls.map((point) => point.action).sort()).toEqual(rolled.map((r) => r.id).sort());
    for (const point of rolls) {
      const forced = restoreExercise(fixture, point.otherwise).context.review;
      const result = forced?.results.find((candidate) => candidate.id === point.action);
      expect(result?.outcome).toBe(point.outcome === 'success' ? 'failure' : 'success');
      expect(result?.roll).toBe(point.roll);
    }
    const decisions = points.filter((point) => point.kind === 'decision');
    expect(decisions.length).toBeGreaterThan(0);
    for (const point of decisions) {
      expect(point.move).toBeGreaterThanOrEqual(1);
      expect(point.alternative).not.toEqual(point.chosen);
    }
  });

  it('re-plays each kept branch the given number of times on both sides', () => {
    expect(analysis).not.toBeNull();
    if (analysis === null) return;
    expect(analysis.playedEnding).toBe(played.context.ending?.id);
    expect(analysis.rolls.length).toBe(3);
    expect(new Set(analysis.decisions.map((branch) => branch.team)).size).toBe(
      analysis.decisions.length,
    );
    for (const branch of [...analysis.rolls, ...analysis.decisions]) {
      expect(total(branch.asPlayed)).toBe(20);
      expect(total(branch.otherwise)).toBe(20);
      expect(branch.shift).toBe(distributionShift(branch.asPlayed, branch.otherwise));
    }
    const shifts = analysis.rolls.map((branch) => branch.shift);
    expect(shifts).toEqual([...shifts].sort((a, b) => b - a));
    expect(Object.keys(analysis.names.teams).sort()).toEqual(['cartels', 'mexico', 'washington']);
  });

  it('reproduces the played ending from the last roll, and the other ending when it is forced', () => {
    // The last move's roll decides this game: nothing random is left after it.
    const last = analysis?.rolls.find((branch) => branch.move === 2);
    expect(last).toBeDefined();
    expect(last?.asPlayed).toEqual([{ ending: played.context.ending?.id, count: 20 }]);
    expect(last?.otherwise.some((entry) => entry.ending === played.context.ending?.id)).toBe(false);
    expect(last?.changed).toBe(1);
  });

  it('is deterministic: the same log gives the same analysis', () => {
    expect(analyseWhatIf(fixture, input, events, options)).toEqual(analysis);
  });

  it('measures how far two distributions are apart', () => {
    const a = [{ ending: 'deal', count: 10 }];
    const b = [
      { ending: 'deal', count: 5 },
      { ending: 'rupture', count: 5 },
    ];
    expect(distributionShift(a, a)).toBe(0);
    expect(distributionShift(a, b)).toBe(0.5);
    expect(distributionShift(a, [{ ending: null, count: 3 }])).toBe(1);
  });
});
