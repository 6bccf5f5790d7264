import { describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../../server/src/engine';
import { publishAdjudication } from '../../../../server/src/engine/rules/publish-adjudication';
import {
  overrideOutcome,
  setFreeformOdds,
  vetoFreeform,
} from '../../../../server/src/engine/rules/review-adjudication';
import { Driver, play } from '../../../fixtures/engine/driver';
import { apply, AT, C, cardMove, freeformMove, held, index, M, must, W, withDice } from './helpers';

const publish = (context: ExerciseContext) =>
  apply(context, publishAdjudication(index, context, AT));

const revealedOf = (context: ExerciseContext) =>
  context.decisions
    .filter((decision) => decision.move === 1)
    .flatMap((decision) => decision.actions.map((action) => [action.id, action.revealed]));

describe('publishAdjudication', () => {
  it('gives the world the reviewed tracks and closes the review into the history', () => {
    const context = withDice(cardMove());
    const review = must(context.review);
    const next = publish(context);
    expect(next.tracks).toEqual({ escalation: 4, trust: 3, pressure: 7 });
    expect(next.tracks).toBe(review.tracksAfter);
    expect(next.review).toBeNull();
    expect(next.adjudications).toEqual([{ ...review, publishedAt: AT }]);
    expect(next.trackHistory.at(-1)).toEqual({
      move: 1,
      label: 'after-move',
      tracks: { escalation: 4, trust: 3, pressure: 7 },
    });
    expect(next.trackHistory).toHaveLength(context.trackHistory.length + 1);
  });

  it('records the outcome of every card played, in order', () => {
    const next = publish(withDice(cardMove()));
    expect(next.outcomes).toEqual([
      { move: 1, team: 'washington', card: 'strike', outcome: 'failure' },
      { move: 1, team: 'mexico', card: 'cooperate', outcome: 'failure' },
      { move: 1, team: 'cartels', card: 'bribe', outcome: 'success' },
    ]);
  });

  it('adds the released injects, stamped with the move and the time of publication', () => {
    const context = withDice(cardMove());
    const next = publish(context);
    expect(next.injects.slice(0, context.injects.length)).toEqual(context.injects);
    expect(next.injects.at(-1)).toEqual({
      inject: 'crisis-alert',
      cause: { kind: 'condition' },
      changes: [{ track: 'pressure', from: 6, to: 7, delta: 1, clamped: false }],
      move: 1,
      at: AT,
    });
  });

  it('reveals a covert action only when its outcome reveals it', () => {
    // The failed strike reveals itself; the successful bribe stays hidden.
    expect(revealedOf(publish(withDice(cardMove())))).toEqual([
      [W, true],
      [M, false],
      [C, false],
    ]);
    // A failed bribe is exposed.
    const exposed = withDice(cardMove(), { [W]: 85, [M]: 93, [C]: 95 });
    expect(revealedOf(publish(exposed))).toEqual([
      [W, true],
      [M, false],
      [C, true],
    ]);
  });

  it('leaves the decisions of other moves untouched', () => {
    const context = withDice(cardMove());
    const old = held('washington', 0);
    const next = publish({ ...context, decisions: [old, ...context.decisions] });
    expect(next.decisions[0]).toBe(old);
  });

  it('records no outcome for a free-form action, decided or vetoed, and does not reveal it', () => {
    const context = freeformMove();
    const decided = apply(
      context,
      setFreeformOdds(index, context, {
        type: 'facilitator.setFreeformOdds',
        at: AT,
        action: W,
        odds: 100,
        reason: 'sure',
      }),
    );
    expect(decided.review?.results[0]).toMatchObject({ id: W, outcome: 'success' });
    const vetoed = apply(
      context,
      vetoFreeform(index, context, {
        type: 'facilitator.vetoFreeform',
        at: AT,
        action: W,
        reason: 'no',
      }),
    );
    for (const next of [publish(decided), publish(vetoed)]) {
      expect(next.outcomes.map((record) => record.team)).toEqual(['mexico', 'cartels']);
      expect(revealedOf(next)).toEqual([
        [W, false],
        [M, false],
        [C, false],
      ]);
    }
  });

  it('reveals the revealing action only, not the others of the same decision', () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 3,
      reason: 'setup',
    });
    const { context } = driver.decideAll({ washington: play('talks', 'strike') });
    const next = publish(context);
    expect(next.decisions.find((d) => d.move === 1 && d.team === 'washington')?.actions).toEqual([
      { id: W, card: 'talks', freeform: null, visibility: 'public', revealed: false },
      {
        id: 'm1-washington-1',
        card: 'strike',
        freeform: null,
        visibility: 'covert',
        revealed: true,
      },
    ]);
  });

  it('keeps the triggers deferred to a later move as pending', () => {
    // Violence succeeds (10 <= 60) and triggers late-news, which may only come from move 2.
    const context = withDice(freeformMove(), { [M]: 90, [C]: 10 });
    const next = publish(context);
    expect(next.pendingTriggers).toEqual([
      {
        inject: 'late-news',
        fromMove: 2,
        cause: { kind: 'action', action: C, card: 'violence', team: 'cartels' },
      },
    ]);
    expect(next.injects.map((release) => release.inject)).not.toContain('late-news');
  });

  it('records an early ending with its pending dilemma', () => {
    const context = withDice(cardMove());
    const forced = apply(
      context,
      overrideOutcome(index, context, {
        type: 'facilitator.overrideOutcome',
        at: AT - 1,
        action: W,
        outcome: 'success',
        reason: 'it hit',
      }),
    );
    const next = publish(forced);
    expect(next.ending).toEqual({
      id: 'rupture',
      kind: 'early',
      trace: {
        holds: true,
        text: 'trust is 1 (needs at most 1)',
        fact: { type: 'track', track: 'trust', value: 1, atMost: 1 },
      },
      move: 1,
      at: AT,
      reason: null,
      dilemma: { team: 'mexico', option: null, changes: [] },
    });
  });

  it('records an ending without a dilemma, and keeps no ending when none holds', () => {
    const context = withDice(cardMove());
    const review = must(context.review);
    const strike = {
      ...review,
      ending: { id: 'overt-strike', kind: 'early' as const, trace: null },
    };
    expect(publish({ ...context, review: strike }).ending).toMatchObject({
      id: 'overt-strike',
      dilemma: null,
    });
    expect(publish(context).ending).toBeNull();
  });

  it('does nothing without a review', () => {
    expect(publishAdjudication(index, { ...cardMove(), review: null }, AT)).toEqual({});
  });
});
