import { describe, expect, it } from 'vitest';
import { adjudicateMove, indexScenario, NO_SETTINGS } from '../../../server/src/engine';
import { Driver, play } from '../../fixtures/engine/driver';
import { fixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);

/** Move 1 with escalation at 3: Washington strikes covertly, Mexico cooperates, the cartels bribe. */
function strikeMove(): Driver {
  const driver = new Driver().toDecisions({ skipPractice: true });
  driver.ok({ type: 'facilitator.overrideTrack', track: 'escalation', value: 3, reason: 'setup' });
  return driver.decideAll({
    washington: play('strike'),
    mexico: play('cooperate'),
    cartels: play('bribe'),
  });
}

describe('adjudicateMove', () => {
  it('explains each action: odds and modifiers against the world earlier actions left, roll, outcome, changes', () => {
    const { context } = strikeMove();
    const review = context.review;
    expect(context.phase).toBe('adjudication');
    expect(review?.results.map((result) => result.id)).toEqual([
      'm1-washington-0',
      'm1-mexico-0',
      'm1-cartels-0',
    ]);
    const [strike, cooperate] = review?.results ?? [];
    expect(strike).toMatchObject({
      card: 'strike',
      visibility: 'covert',
      odds: { base: 50, total: 50 },
      reveals: true,
    });
    expect(strike?.roll).toBeGreaterThanOrEqual(1);
    expect(strike?.outcome).toBe((strike?.roll ?? 0) <= 50 ? 'success' : 'failure');
    const escalated = strike?.outcome === 'success' ? 6 : 4;
    expect(strike?.effects[0]).toMatchObject({ track: 'escalation', from: 3, to: escalated });
    expect(cooperate?.odds).toEqual({
      base: 80,
      modifiers: [{ delta: -30, reason: { en: 'Anger' }, applies: true }],
      total: 50,
      clamped: false,
    });
    expect(review?.tracksBefore).toEqual(context.tracks);
  });

  it('is pure: the same context and settings give the same result, and the context is untouched', () => {
    const { context } = strikeMove();
    const before = JSON.stringify(context);
    const first = adjudicateMove(index, context, NO_SETTINGS, context.rng);
    const second = adjudicateMove(index, context, NO_SETTINGS, context.rng);
    expect(second).toEqual(first);
    expect(JSON.stringify(context)).toBe(before);
  });

  it('never re-rolls when Control overrides an outcome: the other rolls stay', () => {
    const driver = strikeMove();
    const rolls = driver.context.review?.rolls ?? {};
    const rng = driver.context.rng;
    driver.ok({
      type: 'facilitator.overrideOutcome',
      action: 'm1-cartels-0',
      outcome: 'failure',
      reason: 'The bribe was spotted',
    });
    const review = driver.context.review;
    expect(review?.rolls).toEqual(rolls);
    expect(driver.context.rng).toEqual(rng);
    expect(review?.results[2]).toMatchObject({
      outcome: 'failure',
      override: { outcome: 'failure', reason: 'The bribe was spotted' },
      reveals: true,
    });
    expect(driver.context.overrides.at(-1)).toMatchObject({
      kind: 'outcome',
      target: 'm1-cartels-0',
      to: 'failure',
      reason: 'The bribe was spotted',
    });
  });

  it('fires action triggers, holds back those before fromMove, and releases conditional injects', () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 3,
      reason: 'setup',
    });
    driver.decideAll({ cartels: play('violence') });
    driver.ok({
      type: 'facilitator.overrideOutcome',
      action: 'm1-cartels-0',
      outcome: 'success',
      reason: 'test',
    });
    const review = driver.context.review;
    expect(review?.deferred).toEqual([
      {
        inject: 'late-news',
        fromMove: 2,
        cause: { kind: 'action', action: 'm1-cartels-0', card: 'violence', team: 'cartels' },
      },
    ]);
    expect(review?.injects).toEqual([
      {
        inject: 'crisis-alert',
        cause: { kind: 'condition' },
        changes: [{ track: 'pressure', from: 8, to: 9, delta: 1, clamped: false }],
      },
    ]);
    driver.publish().advance().toNextDecisions().decideAll();
    expect(driver.context.review?.injects.map((release) => release.inject)).toEqual(['late-news']);
    expect(driver.context.review?.deferred).toEqual([]);
  });

  it("releases an action-triggered inject once, and applies Control's track overrides last", () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 2,
      reason: 'setup',
    });
    driver.decideAll({ washington: play('strike') });
    driver.ok({
      type: 'facilitator.overrideOutcome',
      action: 'm1-washington-0',
      outcome: 'success',
      reason: 'test',
    });
    driver.ok({ type: 'facilitator.overrideTrack', track: 'trust', value: 9, reason: 'Summit' });
    const review = driver.context.review;
    expect(review?.injects.map((release) => release.inject)).toEqual([
      'strike-leak',
      'crisis-alert',
    ]);
    expect(review?.trackOverrides).toEqual([{ track: 'trust', value: 9, reason: 'Summit' }]);
    expect(review?.overrideChanges).toEqual([
      { track: 'trust', from: 3, to: 9, set: 9, clamped: false, reason: 'Summit' },
    ]);
    expect(review?.tracksAfter.trust).toBe(9);
    expect(driver.context.tracks.trust).toBe(5);
  });

  it('checks the endings on the proposed world', () => {
    const driver = new Driver().toDecisions({ skipPractice: true });
    driver.decideAll({ mexico: play('denounce') });
    driver.ok({ type: 'facilitator.overrideTrack', track: 'trust', value: 1, reason: 'setup' });
    expect(driver.context.review?.ending).toEqual({
      id: 'rupture',
      kind: 'early',
      trace: {
        holds: true,
        text: 'trust is 1 (needs at most 1)',
        fact: { type: 'track', track: 'trust', value: 1, atMost: 1 },
      },
    });
  });

  describe('free-form actions', () => {
    const freeform = {
      kind: 'freeform' as const,
      description: 'Back-channel summit',
      reasons: ['Old friends', 'Quiet'],
      visibility: 'covert' as const,
    };

    it('wait for Control odds, then roll against them with the effects Control gave', () => {
      const driver = new Driver().toDecisions({ skipPractice: true });
      driver.decideAll({ mexico: freeform });
      expect(driver.context.review?.results[0]).toMatchObject({
        id: 'm1-mexico-0',
        freeform: true,
        outcome: 'pending',
        odds: null,
      });
      driver.ok({
        type: 'facilitator.setFreeformOdds',
        action: 'm1-mexico-0',
        odds: 100,
        reason: 'Plausible',
        onSuccess: [{ track: 'trust', delta: 2 }],
      });
      expect(driver.context.review?.results[0]).toMatchObject({
        outcome: 'success',
        roll: null,
        odds: { total: 100 },
        effects: [{ track: 'trust', from: 5, to: 7, delta: 2, clamped: false }],
      });
    });

    it('can be vetoed, and a later override decides it instead', () => {
      const driver = new Driver().toDecisions({ skipPractice: true });
      driver.decideAll({ mexico: freeform });
      driver.ok({ type: 'facilitator.vetoFreeform', action: 'm1-mexico-0', reason: 'Implausible' });
      expect(driver.context.review?.results[0]).toMatchObject({ outcome: 'vetoed', effects: [] });
      driver.ok({
        type: 'facilitator.overrideOutcome',
        action: 'm1-mexico-0',
        outcome: 'success',
        reason: 'On reflection',
      });
      expect(driver.context.review?.results[0]).toMatchObject({ outcome: 'success' });
      driver.publish();
      expect(driver.context.outcomes).toEqual([]);
    });
  });
});
