import { describe, expect, it } from 'vitest';
import { indexScenario, usesSoFar, validateDecision } from '../../../server/src/engine';
import { Driver, hold, play } from '../../fixtures/engine/driver';
import { fixture, makeFixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);

describe('validateDecision', () => {
  const driver = new Driver().toDecisions();
  const context = () => driver.context;
  const check = (team: string, decision = hold) =>
    validateDecision(index, context(), team, decision);

  it('accepts a hold, cards within the rules, and a well-argued free-form action', () => {
    expect(check('washington')).toBeNull();
    expect(check('washington', play('sanctions', 'talks'))).toBeNull();
    expect(check('washington', play('talks', 'talks'))).toBeNull();
    expect(
      check('washington', {
        kind: 'freeform',
        description: 'Quiet summit',
        reasons: ['a', 'b', 'c'],
        visibility: 'covert',
      }),
    ).toBeNull();
  });

  it.each([
    ['unknown-team', 'nobody', hold, 'There is no team "nobody".', undefined],
    [
      'not-their-turn',
      'mexico',
      hold,
      "It is Washington's turn, not Mexico's.",
      { team: 'mexico', current: 'washington' },
    ],
    [
      'no-actions',
      'washington',
      play(),
      'A decision plays at least one action card; to hold, say so.',
      undefined,
    ],
    [
      'too-many-actions',
      'washington',
      play('sanctions', 'talks', 'talks'),
      'A decision plays at most 2 action cards; this one plays 3.',
      { limit: 2, given: 3 },
    ],
    [
      'unknown-card',
      'washington',
      play('nuke'),
      'There is no action card "nuke".',
      { card: 'nuke' },
    ],
    [
      'not-their-card',
      'washington',
      play('bribe'),
      '“Bribe” is a card of Cartels, not of Washington.',
      { card: 'bribe', owner: 'cartels', team: 'washington' },
    ],
    [
      'limit-per-move',
      'washington',
      play('sanctions', 'sanctions'),
      '“Sanctions” may be played once per move; this decision plays it 2 times.',
      { card: 'sanctions', limit: 1, given: 2 },
    ],
    [
      'prerequisite-unmet',
      'washington',
      play('strike'),
      'The prerequisites of “Strike” do not hold yet.',
      { card: 'strike' },
    ],
    [
      'missing-rationale',
      'washington',
      { kind: 'actions' as const, cards: ['talks'], rationale: '  ' },
      'A decision needs a rationale.',
      undefined,
    ],
    [
      'invalid-freeform',
      'washington',
      { kind: 'freeform' as const, description: '', reasons: ['a'], visibility: 'public' as const },
      'A free-form action needs a description.',
      undefined,
    ],
    [
      'invalid-freeform',
      'washington',
      {
        kind: 'freeform' as const,
        description: 'x',
        reasons: ['a', 'b', 'c', 'd'],
        visibility: 'public' as const,
      },
      'A free-form action needs one to three reasons.',
      undefined,
    ],
    [
      'invalid-freeform',
      'washington',
      { kind: 'freeform' as const, description: 'x', reasons: [], visibility: 'public' as const },
      'A free-form action needs one to three reasons.',
      undefined,
    ],
  ])('refuses %s', (code, team, decision, message, detail) => {
    expect(check(team, decision)).toEqual(
      detail === undefined ? { code, message } : { code, message, detail },
    );
  });

  it('refuses a second decision by the same team in a move', () => {
    const simultaneous = new Driver(makeFixture({ simultaneous: true })).toDecisions();
    simultaneous.decide('mexico');
    expect(
      validateDecision(indexScenario(simultaneous.scenario), simultaneous.context, 'mexico', hold),
    ).toEqual({
      code: 'already-decided',
      message: 'Mexico has already decided in move 0.',
      detail: { team: 'mexico', move: 0 },
    });
  });

  it('refuses a team missing from the turn order', () => {
    const scenario = makeFixture();
    const twoTeams = indexScenario({
      ...scenario,
      rules: { ...scenario.rules, turnOrder: ['washington', 'mexico'] },
    });
    expect(validateDecision(twoTeams, context(), 'cartels', hold)).toEqual({
      code: 'not-their-turn',
      message: "Cartels is not in this scenario's turn order.",
      detail: { team: 'cartels' },
    });
  });

  it('refuses a card past its maximum uses, counting only the scored world', () => {
    const practice = new Driver().toDecisions();
    practice.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 3,
      reason: 'set up',
    });
    practice.decide('washington', play('strike')).decide('mexico').decide('cartels').publish();
    practice.advance();
    practice.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 3,
      reason: 'set up',
    });
    practice.toNextDecisions();
    expect(usesSoFar(practice.context, 'washington', 'strike')).toBe(0);
    practice.decide('washington', play('strike')).decide('mexico').decide('cartels');
    const miss = {
      action: 'm1-washington-0',
      outcome: 'failure' as const,
      reason: 'keep it going',
    };
    practice.ok({ type: 'facilitator.overrideOutcome', ...miss }).publish();
    practice.advance();
    practice.ok({
      type: 'facilitator.overrideTrack',
      track: 'escalation',
      value: 3,
      reason: 'set up',
    });
    practice.toNextDecisions();
    expect(usesSoFar(practice.context, 'washington', 'strike')).toBe(1);
    expect(validateDecision(index, practice.context, 'washington', play('strike'))).toEqual({
      code: 'max-uses',
      message: '“Strike” may be played once in the exercise and has been played once.',
      detail: { card: 'strike', limit: 1, used: 1 },
    });
  });

  it('refuses more covert actions than the scenario allows in a move', () => {
    const scenario = makeFixture();
    const strict = indexScenario({
      ...scenario,
      rules: { ...scenario.rules, maxCovertPerMove: 0 },
    });
    const cartels = new Driver(scenario).toDecisions();
    cartels.decide('washington').decide('mexico');
    expect(validateDecision(strict, cartels.context, 'cartels', play('bribe'))).toEqual({
      code: 'max-covert',
      message: 'At most 0 covert actions per move; this decision plays 1.',
      detail: { limit: 0, given: 1 },
    });
    expect(
      validateDecision(strict, cartels.context, 'cartels', {
        kind: 'freeform',
        description: 'x',
        reasons: ['y'],
        visibility: 'covert',
      }),
    ).toEqual({
      code: 'max-covert',
      message: 'This scenario allows no covert action.',
      detail: { limit: 0, given: 1 },
    });
  });
});
