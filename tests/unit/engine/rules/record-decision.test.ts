import { describe, expect, it } from 'vitest';
import type { DecisionInput, ExerciseContext } from '../../../../server/src/engine';
import {
  actionId,
  holdOnDeadline,
  recordDecision,
} from '../../../../server/src/engine/rules/record-decision';
import { startTimer } from '../../../../server/src/engine/rules/timer';
import { play } from '../../../fixtures/engine/driver';
import {
  apply,
  AT,
  contextWith,
  held,
  index,
  must,
  simultaneous,
  simultaneousIndex,
} from './helpers';

const DECISION_MS = 4 * 60_000;
const hold: DecisionInput = { kind: 'hold' };

/** Move 1's decisions, Washington to play, with a held decision of move 0 on record. */
function deciding(patch: Partial<ExerciseContext> = {}): ExerciseContext {
  return contextWith({
    phase: 'decisions',
    move: 1,
    turn: 0,
    timer: startTimer(AT - 60_000, 4),
    decisions: [held('washington', 0)],
    ...patch,
  });
}

describe('actionId', () => {
  it('names an action by move, team and position', () => {
    expect(actionId(2, 'mexico', 1)).toBe('m2-mexico-1');
  });
});

describe('recordDecision', () => {
  it('records played cards in order, each with its id and the visibility of its card', () => {
    const input: DecisionInput = {
      kind: 'actions',
      cards: ['talks', 'strike'],
      rationale: '  open and hidden ',
      statement: ' We talk. ',
    };
    const patch = recordDecision(index, deciding(), 'washington', input, AT);
    expect(patch.decisions?.at(-1)).toEqual({
      move: 1,
      team: 'washington',
      order: 0,
      at: AT,
      kind: 'actions',
      holdReason: null,
      actions: [
        {
          id: 'm1-washington-0',
          card: 'talks',
          freeform: null,
          visibility: 'public',
          revealed: false,
        },
        {
          id: 'm1-washington-1',
          card: 'strike',
          freeform: null,
          visibility: 'covert',
          revealed: false,
        },
      ],
      rationale: 'open and hidden',
      statement: 'We talk.',
    });
  });

  it('records a free-form action as one action with the visibility the team chose', () => {
    const input: DecisionInput = {
      kind: 'freeform',
      description: '  A quiet drone flight ',
      reasons: ['cheap', 'deniable'],
      visibility: 'covert',
    };
    const decision = must(
      recordDecision(index, deciding(), 'washington', input, AT).decisions?.[1],
    );
    expect(decision).toMatchObject({ kind: 'freeform', holdReason: null, rationale: '' });
    expect(decision.statement).toBeNull();
    expect(decision.actions).toEqual([
      {
        id: 'm1-washington-0',
        card: null,
        freeform: { description: 'A quiet drone flight', reasons: ['cheap', 'deniable'] },
        visibility: 'covert',
        revealed: false,
      },
    ]);
    expect(decision.actions[0]?.freeform?.reasons).not.toBe(input.reasons);
  });

  it('records why a team holds: its choice by default, or the reason given', () => {
    const context = deciding();
    const chosen = recordDecision(
      index,
      context,
      'washington',
      { kind: 'hold', statement: ' ' },
      AT,
    );
    expect(chosen.decisions?.at(-1)).toMatchObject({
      kind: 'hold',
      holdReason: 'chosen',
      actions: [],
      statement: null,
    });
    for (const reason of ['deadline', 'skipped'] as const) {
      const patch = recordDecision(index, context, 'washington', hold, AT, reason);
      expect(patch.decisions?.at(-1)?.holdReason).toBe(reason);
    }
    const played = recordDecision(index, context, 'washington', play('talks'), AT, 'skipped');
    expect(played.decisions?.at(-1)?.holdReason).toBeNull();
  });

  it('numbers the order within the move, not counting earlier moves', () => {
    let context = deciding();
    for (const team of index.turnOrder) {
      context = apply(context, recordDecision(index, context, team, hold, AT));
    }
    expect(context.decisions.map((d) => [d.move, d.team, d.order])).toEqual([
      [0, 'washington', 0],
      [1, 'washington', 0],
      [1, 'mexico', 1],
      [1, 'cartels', 2],
    ]);
  });

  it('in sequential mode, passes the turn with a fresh decision deadline', () => {
    const patch = recordDecision(index, deciding(), 'washington', hold, AT);
    expect(patch.turn).toBe(1);
    expect(patch.timer).toEqual({
      status: 'running',
      deadline: AT + DECISION_MS,
      durationMs: DECISION_MS,
    });
  });

  it('after the last team, keeps the running deadline instead of starting one', () => {
    const context = deciding({ turn: 2, decisions: [held('washington', 1), held('mexico', 1, 1)] });
    const patch = recordDecision(index, context, 'cartels', hold, AT);
    expect(patch.turn).toBe(3);
    expect(patch.timer).toBe(context.timer);
  });

  it('uses the configured decision time', () => {
    const context = deciding();
    const quick = {
      ...context,
      config: { ...context.config, timing: { ...context.config.timing, decisionMinutes: 1 } },
    };
    expect(recordDecision(index, quick, 'washington', hold, AT).timer).toMatchObject({
      deadline: AT + 60_000,
    });
  });

  it('in simultaneous mode, records the decision and leaves the turn and the timer alone', () => {
    const patch = recordDecision(simultaneousIndex, simultaneous(deciding()), 'cartels', hold, AT);
    expect(Object.keys(patch)).toEqual(['decisions']);
    expect(patch.decisions?.at(-1)).toMatchObject({ team: 'cartels', order: 0 });
  });
});

describe('holdOnDeadline', () => {
  it('in sequential mode, holds for the team whose turn it is and passes the turn', () => {
    const context = deciding({ turn: 1, decisions: [held('washington', 1)] });
    const patch = holdOnDeadline(index, context, AT);
    expect(patch.decisions?.at(-1)).toMatchObject({
      team: 'mexico',
      order: 1,
      kind: 'hold',
      holdReason: 'deadline',
      at: AT,
    });
    expect(patch.turn).toBe(2);
    expect(patch.timer).toMatchObject({ deadline: AT + DECISION_MS });
  });

  it('does nothing when no team has the turn', () => {
    expect(holdOnDeadline(index, deciding({ turn: 3 }), AT)).toEqual({});
    expect(holdOnDeadline(index, deciding({ phase: 'deliberation' }), AT)).toEqual({});
  });

  it('in simultaneous mode, holds for every team still pending, in turn order', () => {
    const mexico = { ...held('mexico', 1), kind: 'actions' as const, holdReason: null };
    const patch = holdOnDeadline(
      simultaneousIndex,
      simultaneous(deciding({ decisions: [mexico] })),
      AT,
    );
    expect(patch.decisions?.map((d) => [d.team, d.order, d.holdReason])).toEqual([
      ['mexico', 0, null],
      ['washington', 1, 'deadline'],
      ['cartels', 2, 'deadline'],
    ]);
    expect(Object.keys(patch)).toEqual(['decisions']);
  });
});
