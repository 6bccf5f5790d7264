import type { Phase, ReplayStep } from '@borderline/shared';
import { describe, expect, it } from 'vitest';
import {
  jump,
  jumpForKey,
  stepFromSearch,
  type Timeline,
} from '../../../../client/src/screens/replay/replay-navigation';

/** A small timeline: lobby, briefing, two moves of two phases, then the hotwash and the end. */
function timelineOf(path: [number, Phase][]): Timeline {
  const steps: ReplayStep[] = path.map(([move, phase], index) => ({
    index,
    seq: index,
    move,
    phase,
    paused: false,
    at: index,
    type: index === 0 ? 'created' : 'facilitator.advance',
    team: null,
    subject: null,
    subjectName: null,
    label: '',
  }));
  const phases: Timeline['phases'] = [];
  for (const step of steps) {
    const last = phases.at(-1);
    if (last?.move === step.move && last.phase === step.phase) last.last = step.index;
    else phases.push({ move: step.move, phase: step.phase, first: step.index, last: step.index });
  }
  const forkPoints = phases
    .filter((span) => span.phase === 'injects')
    .map((span) => ({ move: span.move, step: span.first }));
  return { steps, phases, forkPoints };
}

const game = timelineOf([
  [1, 'lobby'], // 0
  [1, 'briefing'], // 1
  [1, 'injects'], // 2
  [1, 'decisions'], // 3
  [1, 'decisions'], // 4
  [2, 'injects'], // 5
  [2, 'decisions'], // 6
  [2, 'hotwash'], // 7
  [2, 'ended'], // 8
]);

describe('moving through a replay', () => {
  it('steps one at a time, never past either end', () => {
    expect(jump(game, 0, 'previousStep')).toBe(0);
    expect(jump(game, 3, 'nextStep')).toBe(4);
    expect(jump(game, 8, 'nextStep')).toBe(8);
    expect(jump(game, 5, 'first')).toBe(0);
    expect(jump(game, 5, 'last')).toBe(8);
  });

  it('jumps phase by phase, back to the start of the phase first', () => {
    expect(jump(game, 3, 'nextPhase')).toBe(5);
    expect(jump(game, 4, 'previousPhase')).toBe(3);
    expect(jump(game, 3, 'previousPhase')).toBe(2);
    expect(jump(game, 8, 'nextPhase')).toBe(8);
  });

  it('jumps move by move from where Control opened each, then to the end of the play', () => {
    expect(jump(game, 0, 'nextMove')).toBe(2);
    expect(jump(game, 2, 'nextMove')).toBe(5);
    expect(jump(game, 5, 'nextMove')).toBe(7);
    expect(jump(game, 6, 'previousMove')).toBe(5);
    expect(jump(game, 5, 'previousMove')).toBe(2);
    expect(jump(game, 2, 'previousMove')).toBe(0);
  });

  it('maps the keys, and reads a valid step from the address only', () => {
    expect(jumpForKey('ArrowRight', false)).toBe('nextStep');
    expect(jumpForKey('ArrowLeft', true)).toBe('previousPhase');
    expect(jumpForKey('PageDown', false)).toBe('nextMove');
    expect(jumpForKey('Enter', false)).toBeNull();
    expect(stepFromSearch('?step=4&as=control', game)).toBe(4);
    expect(stepFromSearch('?step=9', game)).toBeNull();
    expect(stepFromSearch('?step=-1', game)).toBeNull();
    expect(stepFromSearch('', game)).toBeNull();
  });
});
