import { describe, expect, it } from 'vitest';
import type { EndingState, ExerciseContext } from '../../../../server/src/engine';
import {
  conclude,
  endEarly,
  resolveDilemma,
  settleEnding,
} from '../../../../server/src/engine/rules/conclude';
import { startTimer } from '../../../../server/src/engine/rules/timer';
import { apply, AT, contextWith, index, must, withDice, cardMove } from './helpers';

const MINUTE = 60_000;

const rupture: EndingState = {
  id: 'rupture',
  kind: 'early',
  trace: null,
  move: 1,
  at: AT - 1,
  reason: null,
  dilemma: { team: 'mexico', option: null, changes: [] },
};

/** Move 1, an early rupture waiting for Mexico's dilemma choice. */
function inDilemma(tracks = { escalation: 2, trust: 1, pressure: 5 }): ExerciseContext {
  return contextWith({ phase: 'dilemma', move: 1, tracks, ending: rupture });
}

const choose = (option: string, team = 'mexico') => ({
  type: 'team.chooseDilemmaOption' as const,
  at: AT,
  team,
  option,
});

describe('endEarly', () => {
  it('ends now, with the reason and no named ending; the clock and the review stop', () => {
    const context = withDice(cardMove());
    const patch = endEarly(index, context, {
      type: 'facilitator.endEarly',
      at: AT,
      reason: ' Out of time ',
    });
    expect(patch).toEqual({
      review: null,
      timer: null,
      pausedAt: null,
      ending: {
        id: null,
        kind: 'facilitator',
        trace: null,
        move: 1,
        at: AT,
        reason: 'Out of time',
        dilemma: null,
      },
    });
  });

  it("names the requested ending and opens its dilemma for the dilemma's team", () => {
    const context = contextWith({ phase: 'results', move: 2, pausedAt: AT - 5 });
    const withDilemma = endEarly(index, context, {
      type: 'facilitator.endEarly',
      at: AT,
      reason: 'r',
      ending: 'rupture',
    });
    expect(withDilemma.ending).toMatchObject({
      id: 'rupture',
      kind: 'facilitator',
      move: 2,
      dilemma: { team: 'mexico', option: null, changes: [] },
    });
    const plain = endEarly(index, context, {
      type: 'facilitator.endEarly',
      at: AT,
      reason: 'r',
      ending: 'deal',
    });
    expect(plain.ending).toMatchObject({ id: 'deal', dilemma: null });
  });
});

describe('settleEnding', () => {
  it('records that no ending was reached, when none is recorded yet', () => {
    expect(settleEnding(contextWith({ move: 2 }), AT)).toEqual({
      ending: {
        id: null,
        kind: 'final',
        trace: null,
        move: 2,
        at: AT,
        reason: null,
        dilemma: null,
      },
    });
  });

  it('keeps an ending already recorded', () => {
    expect(settleEnding(inDilemma(), AT)).toEqual({});
  });
});

describe('resolveDilemma', () => {
  it("applies the chosen option's effects and records the choice with its changes", () => {
    const patch = resolveDilemma(index, inDilemma(), choose('accept'));
    expect(patch.tracks).toEqual({ escalation: 2, trust: 2, pressure: 5 });
    expect(patch.ending).toEqual({
      ...rupture,
      dilemma: {
        team: 'mexico',
        option: 'accept',
        changes: [{ track: 'trust', from: 1, to: 2, delta: 1, clamped: false }],
      },
    });
  });

  it('applies the other option to its own track, clamped to the range', () => {
    const patch = resolveDilemma(
      index,
      inDilemma({ escalation: 6, trust: 1, pressure: 5 }),
      choose('denounce'),
    );
    expect(patch.tracks).toEqual({ escalation: 6, trust: 1, pressure: 5 });
    expect(patch.ending?.dilemma?.changes).toEqual([
      { track: 'escalation', from: 6, to: 6, delta: 1, clamped: true },
    ]);
  });

  it('does nothing for an unknown option, without an ending, or for an ending without dilemma', () => {
    expect(resolveDilemma(index, inDilemma(), choose('surrender'))).toEqual({});
    expect(resolveDilemma(index, { ...inDilemma(), ending: null }, choose('accept'))).toEqual({});
    const deal = { ...rupture, id: 'deal', dilemma: null };
    expect(resolveDilemma(index, { ...inDilemma(), ending: deal }, choose('accept'))).toEqual({});
  });
});

describe('conclude', () => {
  const finalTracks = { escalation: 3, trust: 4, pressure: 4 };
  const atTheEnd = (patch: Partial<ExerciseContext> = {}) =>
    contextWith({
      phase: 'results',
      move: 2,
      tracks: finalTracks,
      timer: startTimer(AT - MINUTE, 4),
      pausedAt: AT - 10,
      ...patch,
    });

  it('scores every objective from the final world, with the weighted score per team', () => {
    const scores = must(conclude(index, atTheEnd(), AT).scores);
    expect(
      scores.map(({ team, earned, possible, score }) => [team, earned, possible, score]),
    ).toEqual([
      ['washington', 3, 3, 1],
      ['mexico', 0, 3, 0],
      ['cartels', 1, 1, 1],
    ]);
    expect(scores[0]?.objectives.map((o) => [o.objective, o.visibility, o.met])).toEqual([
      ['calm-pressure', 'public', true],
      ['keep-trust', 'secret', true],
    ]);
  });

  it('starts the hotwash deadline, clears the review and the pause, and notes the final tracks', () => {
    const context = atTheEnd();
    const patch = conclude(index, context, AT);
    expect(patch.timer).toEqual({
      status: 'running',
      deadline: AT + 15 * MINUTE,
      durationMs: 15 * MINUTE,
    });
    expect(patch.review).toBeNull();
    expect(patch.pausedAt).toBeNull();
    expect(patch.trackHistory?.at(-1)).toEqual({ move: 2, label: 'final', tracks: finalTracks });
    expect(patch.trackHistory).toHaveLength(context.trackHistory.length + 1);
  });

  it('settles the ending only when none was recorded', () => {
    expect(conclude(index, atTheEnd(), AT).ending).toMatchObject({
      id: null,
      kind: 'final',
      move: 2,
    });
    expect(conclude(index, atTheEnd({ ending: rupture }), AT)).not.toHaveProperty('ending');
  });

  it('scores the world as the dilemma left it', () => {
    // Mexico's partner objective needs trust 5: accepting the dilemma brings trust from 4 to 5.
    const dilemma = inDilemma({ escalation: 2, trust: 4, pressure: 5 });
    const resolved = apply(dilemma, resolveDilemma(index, dilemma, choose('accept')));
    const mexico = conclude(index, resolved, AT).scores?.find((score) => score.team === 'mexico');
    expect(mexico).toMatchObject({ earned: 3, possible: 3, score: 1 });
    const before = conclude(index, dilemma, AT).scores?.find((score) => score.team === 'mexico');
    expect(before).toMatchObject({ earned: 2, score: 2 / 3 });
  });
});
