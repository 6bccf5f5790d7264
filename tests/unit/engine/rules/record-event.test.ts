import { describe, expect, it } from 'vitest';
import type { ExerciseContext, ExerciseEvent } from '../../../../server/src/engine';
import { recordEvent } from '../../../../server/src/engine/rules/record-event';
import { apply, AT, contextWith, must } from './helpers';

const record = (context: ExerciseContext, event: ExerciseEvent) =>
  apply(context, recordEvent(context, event));

describe('recordEvent', () => {
  it('appends an entry with the move, the phase and the sender, numbering from 0', () => {
    const start: ExerciseEvent = { type: 'facilitator.start', at: AT };
    const context = record(contextWith(), start);
    expect(context.log).toEqual([
      { seq: 0, at: AT, move: 0, phase: 'lobby', paused: false, by: 'facilitator', event: start },
    ]);
  });

  it('numbers entries by their position in the log and keeps the earlier ones', () => {
    let context = contextWith({ phase: 'decisions', move: 2 });
    const events: ExerciseEvent[] = [
      { type: 'team.submitDecision', at: AT + 1, team: 'mexico', decision: { kind: 'hold' } },
      { type: 'player.submitReflection', at: AT + 2, player: 'ana', answers: { why: 'x' } },
      { type: 'clock.deadlineReached', at: AT + 3 },
    ];
    for (const event of events) context = record(context, event);
    expect(context.log.map((entry) => [entry.seq, entry.at, entry.by])).toEqual([
      [0, AT + 1, 'team:mexico'],
      [1, AT + 2, 'player:ana'],
      [2, AT + 3, 'clock'],
    ]);
    expect(context.log.every((entry) => entry.move === 2 && entry.phase === 'decisions')).toBe(
      true,
    );
    expect(context.log[1]?.event).toBe(events[1]);
  });

  it('names the dilemma team as the sender of a dilemma choice', () => {
    const event: ExerciseEvent = {
      type: 'team.chooseDilemmaOption',
      at: AT,
      team: 'mexico',
      option: 'accept',
    };
    const context = record(contextWith({ phase: 'dilemma', move: 1 }), event);
    expect(must(context.log[0]).by).toBe('team:mexico');
    expect(must(context.log[0]).phase).toBe('dilemma');
  });

  it('marks the events accepted while paused', () => {
    const paused = contextWith({ phase: 'deliberation', move: 1, pausedAt: AT - 5 });
    const entry = must(
      record(paused, { type: 'facilitator.addNarrative', at: AT, text: 'Meanwhile' }).log[0],
    );
    expect(entry).toMatchObject({
      paused: true,
      by: 'facilitator',
      move: 1,
      phase: 'deliberation',
    });
  });

  it('returns only the new log and leaves the given context unchanged', () => {
    const context = contextWith();
    const patch = recordEvent(context, { type: 'facilitator.advance', at: AT });
    expect(Object.keys(patch)).toEqual(['log']);
    expect(context.log).toEqual([]);
    expect(patch.log).toHaveLength(1);
  });
});
