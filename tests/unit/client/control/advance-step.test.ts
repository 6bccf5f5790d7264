import { describe, expect, it } from 'vitest';
import {
  advanceStep,
  formatHasPractice,
  playedMoves,
} from '../../../../client/src/screens/control/console/advance-step';
import { viewAt } from '../support/game-views';

describe('Control’s next step, by the exercise’s format', () => {
  it('plays the format’s moves: after move 1 of the 90-minute seminar comes move 3', () => {
    const view = viewAt('facilitator', 'results', 1);
    view.exercise.config.moves = [1, 3, 5];
    expect(playedMoves(view)).toEqual([1, 3, 5]);
    expect(formatHasPractice(view)).toBe(false);
    expect(advanceStep(view)).toEqual({ kind: 'open-next-move', move: 3, afterPractice: false });
    view.exercise.move = 5;
    expect(advanceStep(view)).toEqual({ kind: 'open-hotwash' });
  });

  it('opens the format’s first move after the briefing, or move 1 once the practice is skipped', () => {
    const view = viewAt('facilitator', 'briefing', 0);
    view.exercise.config.moves = [0, 1, 2, 3, 4, 5];
    expect(advanceStep(view)).toEqual({ kind: 'open-first-move', move: 0, practice: true });
    view.exercise.config.skipPractice = true;
    expect(playedMoves(view)).toEqual([1, 2, 3, 4, 5]);
    expect(advanceStep(view)).toEqual({ kind: 'open-first-move', move: 1, practice: false });
    view.exercise.config.moves = [1, 3];
    view.exercise.config.skipPractice = false;
    expect(advanceStep(view)).toEqual({ kind: 'open-first-move', move: 1, practice: false });
  });

  it('falls back to the scenario’s moves for an exercise stored before formats', () => {
    const view = viewAt('facilitator', 'results', 1);
    delete view.exercise.config.moves;
    expect(playedMoves(view)).toEqual(view.scenario.moves.map((move) => move.number).sort());
    expect(formatHasPractice(view)).toBe(true);
    expect(advanceStep(view)).toEqual({ kind: 'open-next-move', move: 2, afterPractice: false });
  });
});
