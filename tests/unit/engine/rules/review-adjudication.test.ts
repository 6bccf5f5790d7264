import { describe, expect, it } from 'vitest';
import type { ExerciseContext, RngState } from '../../../../server/src/engine';
import { nextDie, seedRng } from '../../../../server/src/engine';
import {
  beginAdjudication,
  overrideOutcome,
  overrideTrackInReview,
  setFreeformOdds,
  vetoFreeform,
} from '../../../../server/src/engine/rules/review-adjudication';
import { apply, AT, C, cardMove, freeformMove, index, M, must, W, withDice } from './helpers';

const results = (context: ExerciseContext) => must(context.review, 'review').results;
const resultOf = (context: ExerciseContext, id: string) =>
  must(
    results(context).find((result) => result.id === id),
    id,
  );

describe('beginAdjudication', () => {
  it('proposes the adjudication, casting a die per uncertain action in order, and stops the clock', () => {
    const reviewed = cardMove();
    const before: ExerciseContext = {
      ...reviewed,
      phase: 'decisions',
      review: null,
      rng: seedRng(7),
    };
    let rng: RngState = seedRng(7);
    const dice: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const [die, next] = nextDie(rng, 100);
      dice.push(die);
      rng = next;
    }
    const patch = beginAdjudication(index, before);
    expect(patch.timer).toBeNull();
    expect(patch.rng).toEqual(rng);
    expect(patch.review?.rolls).toEqual({ [W]: dice[0], [M]: dice[1], [C]: dice[2] });
    expect(patch.review).toEqual(reviewed.review);
    expect(patch.review?.publishedAt).toBeNull();
  });
});

describe('overrideOutcome', () => {
  it('recomputes with the same dice: same roll, the other outcome, its effects and triggers', () => {
    const context = withDice(cardMove());
    expect(resultOf(context, W)).toMatchObject({ roll: 85, outcome: 'failure' });
    expect(context.review?.tracksAfter).toEqual({ escalation: 4, trust: 3, pressure: 7 });
    expect(context.review?.ending).toBeNull();

    const event = {
      type: 'facilitator.overrideOutcome' as const,
      at: AT,
      action: W,
      outcome: 'success' as const,
      reason: '  Control says so ',
    };
    const next = apply(context, overrideOutcome(index, context, event));
    expect(next.rng).toEqual(context.rng);
    expect(next.review?.rolls).toEqual(context.review?.rolls);
    expect(resultOf(next, W)).toMatchObject({
      roll: 85,
      outcome: 'success',
      override: { outcome: 'success', reason: 'Control says so' },
      effects: [{ track: 'escalation', from: 3, to: 6, delta: 3, clamped: false }],
      triggers: ['strike-leak'],
    });
    // The later actions keep their dice and outcomes, against the new world.
    expect(resultOf(next, M)).toMatchObject({ roll: 93, outcome: 'failure' });
    expect(resultOf(next, C)).toMatchObject({ roll: 66, outcome: 'success' });
    expect(next.review?.injects.map((release) => release.inject)).toEqual([
      'strike-leak',
      'crisis-alert',
    ]);
    expect(next.review?.tracksAfter).toEqual({ escalation: 6, trust: 1, pressure: 7 });
    expect(next.review?.ending).toMatchObject({ id: 'rupture', kind: 'early' });
    expect(next.overrides.at(-1)).toEqual({
      move: 1,
      at: AT,
      kind: 'outcome',
      target: W,
      from: 'failure',
      to: 'success',
      reason: 'Control says so',
    });
  });
});

describe('setFreeformOdds', () => {
  const event = {
    type: 'facilitator.setFreeformOdds' as const,
    at: AT,
    action: W,
    reason: ' plausible ',
    onSuccess: [{ track: 'trust', delta: 2 }],
    onFailure: [{ track: 'pressure', delta: 3 }],
  };

  it('casts the next die for a free-form action once its odds are set, and applies the branch', () => {
    const context = freeformMove();
    expect(resultOf(context, W)).toMatchObject({ outcome: 'pending', odds: null, roll: null });
    const [die, after] = nextDie(context.rng, 100);
    const next = apply(context, setFreeformOdds(index, context, { ...event, odds: 60 }));
    expect(next.rng).toEqual(after);
    const result = resultOf(next, W);
    expect(result.roll).toBe(die);
    expect(result.odds).toEqual({ base: 60, modifiers: [], total: 60, clamped: false });
    expect(result.outcome).toBe(die <= 60 ? 'success' : 'failure');
    expect(result.effects[0]?.track).toBe(die <= 60 ? 'trust' : 'pressure');
    expect(next.review?.freeform[W]).toEqual({
      kind: 'odds',
      odds: 60,
      reason: 'plausible',
      onSuccess: event.onSuccess,
      onFailure: event.onFailure,
    });
    expect(next.overrides.at(-1)).toEqual({
      move: 1,
      at: AT,
      kind: 'freeform-odds',
      target: W,
      from: null,
      to: 60,
      reason: 'plausible',
    });
  });

  it('keeps the die when the odds change: same die, different outcome', () => {
    const context = freeformMove();
    const [die] = nextDie(context.rng, 100);
    expect(die).toBeGreaterThan(1);
    const first = apply(context, setFreeformOdds(index, context, { ...event, odds: die }));
    expect(resultOf(first, W)).toMatchObject({ roll: die, outcome: 'success' });
    const second = apply(first, setFreeformOdds(index, first, { ...event, odds: die - 1 }));
    expect(resultOf(second, W)).toMatchObject({ roll: die, outcome: 'failure' });
    expect(second.rng).toEqual(first.rng);
    expect(resultOf(first, W).effects.map((change) => [change.track, change.delta])).toEqual([
      ['trust', 2],
    ]);
    expect(resultOf(second, W).effects.map((change) => [change.track, change.delta])).toEqual([
      ['pressure', 3],
    ]);
  });

  it('casts no die for certain odds', () => {
    const context = freeformMove();
    const certain = apply(context, setFreeformOdds(index, context, { ...event, odds: 100 }));
    expect(resultOf(certain, W)).toMatchObject({ roll: null, outcome: 'success' });
    expect(certain.rng).toEqual(context.rng);
    const hopeless = apply(context, setFreeformOdds(index, context, { ...event, odds: 0 }));
    expect(resultOf(hopeless, W)).toMatchObject({ roll: null, outcome: 'failure' });
  });
});

describe('vetoFreeform', () => {
  const veto = { type: 'facilitator.vetoFreeform' as const, at: AT, action: W, reason: ' no ' };

  it('vetoes a pending action: no odds, no die, no effect', () => {
    const context = freeformMove();
    const next = apply(context, vetoFreeform(index, context, veto));
    expect(resultOf(next, W)).toMatchObject({
      outcome: 'vetoed',
      odds: null,
      roll: null,
      effects: [],
    });
    expect(next.rng).toEqual(context.rng);
    expect(next.review?.tracksAfter).toEqual(context.review?.tracksAfter);
    expect(next.overrides.at(-1)).toMatchObject({
      kind: 'veto',
      from: 'pending',
      to: 'vetoed',
      reason: 'no',
    });
  });

  it('replaces odds and drops an outcome override that was set before', () => {
    const context = freeformMove();
    const odds = {
      type: 'facilitator.setFreeformOdds' as const,
      at: AT,
      action: W,
      odds: 50,
      reason: 'r',
      onSuccess: [{ track: 'trust', delta: 2 }],
    };
    const forced = {
      type: 'facilitator.overrideOutcome' as const,
      at: AT,
      action: W,
      outcome: 'success' as const,
      reason: 'r',
    };
    let next = apply(context, setFreeformOdds(index, context, odds));
    next = apply(next, overrideOutcome(index, next, forced));
    expect(resultOf(next, W).outcome).toBe('success');
    next = apply(next, vetoFreeform(index, next, veto));
    expect(next.review?.outcomeOverrides).toEqual({});
    expect(resultOf(next, W)).toMatchObject({ outcome: 'vetoed', override: null, effects: [] });
    expect(next.review?.tracksAfter).toEqual(context.review?.tracksAfter);
    expect(next.overrides.at(-1)).toMatchObject({ kind: 'veto', from: 'success' });
  });
});

describe('overrideTrackInReview', () => {
  const event = (track: string, value: number) => ({
    type: 'facilitator.overrideTrack' as const,
    at: AT,
    track,
    value,
    reason: ' judgement ',
  });

  it('sets the track after every effect, keeping the effects as computed', () => {
    const context = withDice(cardMove());
    const next = apply(context, overrideTrackInReview(index, context, event('trust', 8)));
    expect(next.review?.tracksAfter).toEqual({ escalation: 4, trust: 8, pressure: 7 });
    expect(next.review?.results.map((result) => result.effects)).toEqual(
      context.review?.results.map((result) => result.effects),
    );
    expect(next.review?.overrideChanges).toEqual([
      { track: 'trust', from: 3, to: 8, set: 8, clamped: false, reason: 'judgement' },
    ]);
    expect(next.overrides.at(-1)).toEqual({
      move: 1,
      at: AT,
      kind: 'track',
      target: 'trust',
      from: 3,
      to: 8,
      reason: 'judgement',
    });
  });

  it('keeps one override per track, the latest, and checks the endings on the result', () => {
    const context = withDice(cardMove());
    let next = apply(context, overrideTrackInReview(index, context, event('trust', 8)));
    next = apply(next, overrideTrackInReview(index, next, event('pressure', 2)));
    next = apply(next, overrideTrackInReview(index, next, event('trust', 1)));
    expect(next.review?.trackOverrides.map((o) => [o.track, o.value])).toEqual([
      ['pressure', 2],
      ['trust', 1],
    ]);
    expect(next.review?.tracksAfter).toEqual({ escalation: 4, trust: 1, pressure: 2 });
    expect(next.review?.ending).toMatchObject({ id: 'rupture', kind: 'early' });
    expect(next.overrides.at(-1)).toMatchObject({ from: 8, to: 1 });
    expect(next.overrides.slice(context.overrides.length).map((record) => record.to)).toEqual([
      8, 2, 1,
    ]);
  });
});

describe('outside a review', () => {
  it('changes nothing', () => {
    const context = { ...cardMove(), review: null };
    expect(
      overrideTrackInReview(index, context, {
        type: 'facilitator.overrideTrack',
        at: AT,
        track: 'trust',
        value: 2,
        reason: 'r',
      }),
    ).toEqual({});
    expect(
      vetoFreeform(index, context, {
        type: 'facilitator.vetoFreeform',
        at: AT,
        action: W,
        reason: 'r',
      }),
    ).toEqual({});
  });
});
