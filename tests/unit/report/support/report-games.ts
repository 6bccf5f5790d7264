import path from 'node:path';
import type { ExerciseView, Scenario } from '@borderline/shared';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import type { Exercise } from '../../../../server/src/engine';
import { project, type ProjectionInput } from '../../../../server/src/projection';
import type { ReportMaterial } from '../../../../server/src/report/report-material';
import { materialOf } from '../../../../server/src/report/report-material';
import { playRecordedGame } from '../../projection/recorded-game';

export const scenario: Scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));

/**
 * Seeds of the recorded bot game (tests/unit/projection/recorded-game.ts)
 * with different endings: an early rupture in move 2, a final ending after
 * move 5, and an overt strike whose dilemma Mexico City answers.
 */
export const SEEDS = { rupture: 4, final: 293, dilemma: 5 } as const;

export interface ReportGame {
  exercise: Exercise;
  /** What the projection read at the end of the game. */
  input: ProjectionInput;
  /** The facilitator's final view. */
  view: ExerciseView;
  material: ReportMaterial;
}

const games = new Map<number, ReportGame>();

/** One whole recorded game, played once per seed and test file. */
export function reportGame(seed: number): ReportGame {
  const known = games.get(seed);
  if (known !== undefined) return known;
  let last: ProjectionInput | null = null;
  const exercise = playRecordedGame(scenario, seed, ({ input }) => {
    last = input;
  });
  if (last === null) throw new Error('the recorded game produced no step');
  const final: ProjectionInput = last;
  const view = project(final, { kind: 'facilitator' });
  const participation = view.control?.participation ?? {};
  const material = materialOf({
    ...final,
    lobbyLocked: false,
    seats: view.seats,
    participation,
    ratings: [...(final.ratings ?? [])],
    now: final.now ?? 0,
  });
  const game = { exercise, input: final, view, material };
  games.set(seed, game);
  return game;
}
