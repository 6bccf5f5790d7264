import type { ExerciseView } from '@borderline/shared';

/**
 * What Control's primary button does now, read from the engine's machine
 * (server/src/engine/exercise-machine.ts): `facilitator.advance` is
 * accepted in briefing, injects, deliberation and results, never while
 * paused; elsewhere the phase ends another way, which `blocked` names.
 */
export type AdvanceStep =
  | { kind: 'open-first-move'; move: number; practice: boolean }
  | { kind: 'open-deliberation'; minutes: number }
  | { kind: 'open-decisions'; minutes: number }
  | { kind: 'open-next-move'; move: number; afterPractice: boolean }
  | { kind: 'open-dilemma'; team: string }
  | { kind: 'open-hotwash' }
  | { kind: 'blocked'; why: 'paused' | 'decisions' | 'review' | 'dilemma'; team: string | null };

export function advanceStep(view: ExerciseView): AdvanceStep {
  const { exercise, ending } = view;
  const moves = exercise.playedMoves;
  const lastMove = moves[moves.length - 1] ?? 0;
  const after = (move: number) => moves.find((number) => number > move) ?? lastMove;
  const dilemmaTeam = ending?.state.dilemma?.team ?? ending?.dilemma?.team ?? null;

  if (exercise.paused) return { kind: 'blocked', why: 'paused', team: null };
  switch (exercise.phase) {
    case 'briefing': {
      const move = moves[0] ?? 0;
      return { kind: 'open-first-move', move, practice: move === 0 };
    }
    case 'injects':
      return { kind: 'open-deliberation', minutes: exercise.config.timing.deliberationMinutes };
    case 'deliberation':
      return { kind: 'open-decisions', minutes: exercise.config.timing.decisionMinutes };
    case 'decisions':
      return { kind: 'blocked', why: 'decisions', team: exercise.turn.current };
    case 'adjudication':
      return { kind: 'blocked', why: 'review', team: null };
    case 'results':
      if (ending?.state.dilemma != null && ending.state.dilemma.option === null)
        return { kind: 'open-dilemma', team: ending.state.dilemma.team };
      if (ending !== null || exercise.move === lastMove) return { kind: 'open-hotwash' };
      return {
        kind: 'open-next-move',
        move: after(exercise.move),
        afterPractice: exercise.move === 0,
      };
    default:
      return { kind: 'blocked', why: 'dilemma', team: dilemmaTeam };
  }
}
