import { describe, expect, it } from 'vitest';
import { advanceStep } from '../../../../client/src/screens/control/console/advance-step';
import { viewAt } from '../support/game-views';

/** The moves played come from the projection (the engine's rule); the console only follows them. */
describe('Control’s next step, by the exercise’s format', () => {
  it('plays the format’s moves: after move 1 of a seminar of moves 1, 3 and 5 comes move 3', () => {
    const view = viewAt('facilitator', 'results', 1);
    view.exercise.playedMoves = [1, 3, 5];
    expect(advanceStep(view)).toEqual({ kind: 'open-next-move', move: 3, afterPractice: false });
    view.exercise.move = 5;
    expect(advanceStep(view)).toEqual({ kind: 'open-hotwash' });
  });

  it('opens the first move played after the briefing: the practice move, or move 1 once skipped', () => {
    const view = viewAt('facilitator', 'briefing', 0);
    view.exercise.playedMoves = [0, 1, 2, 3, 4, 5];
    expect(advanceStep(view)).toEqual({ kind: 'open-first-move', move: 0, practice: true });
    view.exercise.playedMoves = [1, 2, 3, 4, 5];
    expect(advanceStep(view)).toEqual({ kind: 'open-first-move', move: 1, practice: false });
  });

  it('follows the projected moves of the recorded game (the full format)', () => {
    const view = viewAt('facilitator', 'results', 1);
    expect(view.exercise.playedMoves).toEqual([0, 1, 2, 3, 4, 5]);
    expect(view.exercise.practiceSkippable).toBe(true);
    expect(advanceStep(view)).toEqual({ kind: 'open-next-move', move: 2, afterPractice: false });
  });
});
