import { describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../server/src/engine';
import { onEvent } from '../../../server/src/engine/event-rule';

describe("a machine action's event", () => {
  const context = { narrative: [] } as unknown as ExerciseContext;
  const addNote = onEvent('facilitator.addNarrative', (_context, event) => ({
    narrative: [{ at: event.at, text: event.text, move: 0, phase: 'briefing' }],
  })) as (args: { context: ExerciseContext; event: unknown }) => Partial<ExerciseContext>;

  it('reaches the rule with its own fields', () => {
    expect(
      addNote({ context, event: { type: 'facilitator.addNarrative', text: 'Note', at: 5 } }),
    ).toEqual({ narrative: [{ at: 5, text: 'Note', move: 0, phase: 'briefing' }] });
  });

  it('fails loudly when the action is wired to another event, instead of changing nothing', () => {
    expect(() => addNote({ context, event: { type: 'facilitator.pause', at: 5 } })).toThrow(
      /facilitator\.addNarrative/,
    );
  });
});
