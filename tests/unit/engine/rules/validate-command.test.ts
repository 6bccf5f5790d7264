import { describe, expect, it } from 'vitest';
import { indexScenario, type ExerciseContext, type Refusal } from '../../../../server/src/engine';
import { makeFixture } from '../../../fixtures/engine/fixture-scenario';
import { startTimer } from '../../../../server/src/engine/rules/timer';
import * as check from '../../../../server/src/engine/rules/validate-command';
import { AT, C, cardMove, contextWith, freeformMove, held, index, W } from './helpers';

const code = (refusal: Refusal | null) => refusal?.code ?? null;

const inMove1 = (patch: Partial<ExerciseContext> = {}) =>
  contextWith({ phase: 'decisions', move: 1, timer: startTimer(AT, 4), ...patch });

describe('validateReleaseInject', () => {
  it('refuses an unknown inject and one this world has already released', () => {
    const release = {
      inject: 'backchannel',
      move: 0,
      at: AT,
      cause: { kind: 'facilitator' as const },
      changes: [],
    };
    expect(code(check.validateReleaseInject(index, inMove1(), 'nothing'))).toBe('unknown-inject');
    expect(check.validateReleaseInject(index, inMove1(), 'backchannel')).toBeNull();
    const practice = contextWith({ move: 0, injects: [release] });
    expect(code(check.validateReleaseInject(index, practice, 'backchannel'))).toBe(
      'inject-already-released',
    );
    // What the practice move released may be released again in the scored moves.
    expect(
      check.validateReleaseInject(index, inMove1({ injects: [release] }), 'backchannel'),
    ).toBeNull();
  });
});

describe('deadlines', () => {
  it('adjusting needs a deadline and a finite, non-zero change', () => {
    expect(code(check.validateAdjustDeadline(inMove1({ timer: null }), 1000))).toBe('no-deadline');
    for (const delta of [0, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(code(check.validateAdjustDeadline(inMove1(), delta))).toBe('invalid-delta');
    }
    expect(check.validateAdjustDeadline(inMove1(), -1000)).toBeNull();
  });

  it('a deadline is reached only from its time on, and never while paused', () => {
    const context = inMove1();
    expect(code(check.validateDeadlineReached(inMove1({ timer: null }), AT))).toBe('no-deadline');
    expect(code(check.validateDeadlineReached(context, AT + 4 * 60_000 - 1))).toBe(
      'deadline-not-reached',
    );
    expect(check.validateDeadlineReached(context, AT + 4 * 60_000)).toBeNull();
    const paused = inMove1({ timer: { status: 'paused', remainingMs: 0, durationMs: 1 } });
    expect(code(check.validateDeadlineReached(paused, AT + 10 ** 9))).toBe('deadline-not-reached');
  });
});

describe('validateSkipTurn', () => {
  it('lets Control skip only the team whose turn it is', () => {
    const context = inMove1({ turn: 1, decisions: [held('washington', 1)] });
    expect(check.validateSkipTurn(index, context, 'mexico')).toBeNull();
    expect(code(check.validateSkipTurn(index, context, 'cartels'))).toBe('not-their-turn');
    expect(code(check.validateSkipTurn(index, context, 'washington'))).toBe('already-decided');
    expect(code(check.validateSkipTurn(index, context, 'nobody'))).toBe('unknown-team');
  });
});

describe('review commands', () => {
  const odds = (patch: object = {}) => ({
    type: 'facilitator.setFreeformOdds' as const,
    at: AT,
    action: W,
    odds: 40,
    reason: 'fair',
    ...patch,
  });

  it('target an action under review; odds and vetoes only free-form ones', () => {
    const cards = cardMove();
    expect(check.validateReviewTarget(index, cards, W, false)).toBeNull();
    expect(code(check.validateReviewTarget(index, cards, W, true))).toBe('not-freeform');
    expect(code(check.validateReviewTarget(index, cards, 'm9-x-0', false))).toBe('unknown-action');
    expect(code(check.validateReviewTarget(index, { ...cards, review: null }, W, false))).toBe(
      'unknown-action',
    );
    expect(
      code(
        check.validateVeto(index, cards, {
          type: 'facilitator.vetoFreeform',
          at: AT,
          action: C,
          reason: 'r',
        }),
      ),
    ).toBe('not-freeform');
  });

  it('free-form odds are a whole percentage, with effects on known tracks and a reason', () => {
    const context = freeformMove();
    expect(check.validateFreeformOdds(index, context, odds())).toBeNull();
    expect(check.validateFreeformOdds(index, context, odds({ odds: 0 }))).toBeNull();
    expect(check.validateFreeformOdds(index, context, odds({ odds: 100 }))).toBeNull();
    for (const bad of [-1, 101, 12.5]) {
      expect(code(check.validateFreeformOdds(index, context, odds({ odds: bad })))).toBe(
        'invalid-odds',
      );
    }
    expect(check.validateEffects(index, [{ track: 'trust', set: 3 }])).toBeNull();
    expect(code(check.validateEffects(index, [{ track: 'morale', delta: 1 }]))).toBe(
      'unknown-track',
    );
    const unknownTrack = odds({ onFailure: [{ track: 'morale', delta: -1 }] });
    expect(code(check.validateFreeformOdds(index, context, unknownTrack))).toBe('unknown-track');
    expect(code(check.validateFreeformOdds(index, context, odds({ reason: '  ' })))).toBe(
      'missing-reason',
    );
  });

  it('vetoes and outcome overrides need a reason', () => {
    const context = freeformMove();
    const veto = { type: 'facilitator.vetoFreeform' as const, at: AT, action: W, reason: 'no' };
    expect(check.validateVeto(index, context, veto)).toBeNull();
    expect(code(check.validateVeto(index, context, { ...veto, reason: '' }))).toBe(
      'missing-reason',
    );
    const outcome = {
      type: 'facilitator.overrideOutcome' as const,
      at: AT,
      action: C,
      outcome: 'success' as const,
      reason: 'r',
    };
    expect(check.validateOverrideOutcome(index, context, outcome)).toBeNull();
    expect(code(check.validateOverrideOutcome(index, context, { ...outcome, reason: ' ' }))).toBe(
      'missing-reason',
    );
  });

  it('publishing waits for the odds or the veto of every free-form action', () => {
    const refusal = check.validatePublish(index, freeformMove());
    expect(code(refusal)).toBe('freeform-odds-missing');
    // The message names the action by its team, the detail carries its id.
    expect(refusal?.message).toBe("Set the odds of, or veto: Washington's free-form action.");
    expect(refusal?.detail).toEqual({ actions: [W] });
    expect(check.validatePublish(index, cardMove())).toBeNull();
  });
});

describe('validateTrackOverride', () => {
  const event = (track: string, value: number, reason = 'r') => ({
    type: 'facilitator.overrideTrack' as const,
    at: AT,
    track,
    value,
    reason,
  });

  it('takes whole values within the range of a known track, with a reason', () => {
    expect(check.validateTrackOverride(index, event('escalation', 0))).toBeNull();
    expect(check.validateTrackOverride(index, event('escalation', 6))).toBeNull();
    expect(code(check.validateTrackOverride(index, event('escalation', 7)))).toBe('out-of-range');
    expect(code(check.validateTrackOverride(index, event('trust', -1)))).toBe('out-of-range');
    expect(code(check.validateTrackOverride(index, event('trust', 2.5)))).toBe('out-of-range');
    expect(code(check.validateTrackOverride(index, event('morale', 1)))).toBe('unknown-track');
    expect(code(check.validateTrackOverride(index, event('trust', 2, '')))).toBe('missing-reason');
  });
});

describe('validatePracticeSetting and validateSkipPractice', () => {
  it('skips a practice move the format has, and during a move only while it is played', () => {
    const noPractice = indexScenario(makeFixture({ practice: false }));
    const lobby = contextWith();
    expect(check.validatePracticeSetting(index, lobby.config)).toBeNull();
    expect(code(check.validatePracticeSetting(noPractice, lobby.config))).toBe('no-practice-move');
    expect(
      check.validateSkipPractice(index, contextWith({ phase: 'injects', move: 0 })),
    ).toBeNull();
    expect(code(check.validateSkipPractice(index, inMove1()))).toBe('practice-over');
    expect(code(check.validateSkipPractice(noPractice, inMove1()))).toBe('no-practice-move');
  });
});

describe('validateNotEnding', () => {
  it('refuses to end again once the dilemma or the hotwash is open, even while paused', () => {
    expect(check.validateNotEnding(inMove1())).toBeNull();
    expect(check.validateNotEnding(inMove1({ pausedAt: AT }))).toBeNull();
    for (const phase of ['dilemma', 'hotwash'] as const) {
      expect(code(check.validateNotEnding(contextWith({ phase, pausedAt: AT })))).toBe(
        'already-ending',
      );
    }
  });
});

describe('validateEndEarly and validateNarrative', () => {
  it('an early end needs a reason and, if named, a known ending; a narrative needs text', () => {
    const end = { type: 'facilitator.endEarly' as const, at: AT, reason: 'time' };
    expect(check.validateEndEarly(index, end)).toBeNull();
    expect(check.validateEndEarly(index, { ...end, ending: 'deal' })).toBeNull();
    expect(code(check.validateEndEarly(index, { ...end, ending: 'peace' }))).toBe('unknown-ending');
    expect(code(check.validateEndEarly(index, { ...end, reason: ' ' }))).toBe('missing-reason');
    expect(check.validateNarrative('x')).toBeNull();
    expect(code(check.validateNarrative(' \n '))).toBe('empty-text');
  });
});

describe('validateDilemmaChoice', () => {
  const ending = {
    id: 'rupture',
    kind: 'early' as const,
    trace: null,
    move: 1,
    at: AT,
    reason: null,
    dilemma: { team: 'mexico', option: null, changes: [] },
  };
  const choice = (team: string, option: string) => ({
    type: 'team.chooseDilemmaOption' as const,
    at: AT,
    team,
    option,
  });

  it('takes one known option from the dilemma team, once', () => {
    const context = contextWith({ phase: 'dilemma', move: 1, ending });
    expect(check.validateDilemmaChoice(index, context, choice('mexico', 'accept'))).toBeNull();
    expect(code(check.validateDilemmaChoice(index, context, choice('cartels', 'accept')))).toBe(
      'not-dilemma-team',
    );
    expect(code(check.validateDilemmaChoice(index, context, choice('mexico', 'flee')))).toBe(
      'unknown-option',
    );
    const chosen = {
      ...context,
      ending: { ...ending, dilemma: { ...ending.dilemma, option: 'accept' } },
    };
    expect(code(check.validateDilemmaChoice(index, chosen, choice('mexico', 'accept')))).toBe(
      'no-dilemma',
    );
    expect(
      code(check.validateDilemmaChoice(index, contextWith(), choice('mexico', 'accept'))),
    ).toBe('no-dilemma');
  });
});

describe('validateReflection', () => {
  it('needs a player, a known team if any, and one answer that is not blank', () => {
    expect(check.validateReflection(index, 'ana', undefined, { why: 'x' })).toBeNull();
    expect(check.validateReflection(index, 'ana', 'mexico', { why: 'x', takeaway: '' })).toBeNull();
    expect(code(check.validateReflection(index, 'ana', 'nowhere', { why: 'x' }))).toBe(
      'unknown-team',
    );
    expect(code(check.validateReflection(index, ' ', undefined, { why: 'x' }))).toBe(
      'empty-reflection',
    );
    expect(code(check.validateReflection(index, 'ana', undefined, { why: ' ' }))).toBe(
      'empty-reflection',
    );
    expect(code(check.validateReflection(index, 'ana', undefined, {}))).toBe('empty-reflection');
  });
});
