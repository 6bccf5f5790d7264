import path from 'node:path';
import type { ExerciseView, Phase, Recipient } from '@borderline/shared';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { project } from '../../../../server/src/projection';
import { OBSERVER, playerOf, playRecordedGame } from '../../projection/recorded-game';

/**
 * Real views for component tests: one whole game of the first scenario
 * played by bots (tests/unit/projection/recorded-game.ts), projected for
 * each recipient at every step, as the server would send them.
 */
export const scenario = loadScenario(path.join(scenariosRoot, 'us-mexico-2026'));

export type ViewFor = 'facilitator' | 'observer' | 'washington' | 'mexico-city' | 'cartels';

function recipientOf(who: ViewFor): Recipient {
  if (who === 'facilitator') return { kind: 'facilitator' };
  if (who === 'observer') return { kind: 'observer', player: OBSERVER };
  return { kind: 'team', team: who, player: playerOf(who) };
}

interface Step {
  phase: Phase;
  move: number;
  views: Map<ViewFor, ExerciseView>;
}

let steps: Step[] | null = null;

function recordedSteps(): Step[] {
  if (steps !== null) return steps;
  const recorded: Step[] = [];
  const everyone: ViewFor[] = ['facilitator', 'observer', 'washington', 'mexico-city', 'cartels'];
  playRecordedGame(scenario, 4, ({ input }) => {
    const views = new Map<ViewFor, ExerciseView>();
    for (const who of everyone) views.set(who, project(input, recipientOf(who)));
    recorded.push({ phase: input.context.phase, move: input.context.move, views });
  });
  steps = recorded;
  return recorded;
}

/**
 * The view `who` had at the first step in `phase` (of `move`, when given).
 * Throws if the game never got there, so a test cannot pass on nothing.
 */
export function viewAt(who: ViewFor, phase: Phase, move?: number): ExerciseView {
  const step = recordedSteps().find(
    (candidate) => candidate.phase === phase && (move === undefined || candidate.move === move),
  );
  const view = step?.views.get(who);
  if (view === undefined) throw new Error(`The recorded game never reached ${phase} ${move ?? ''}`);
  return structuredClone(view);
}

/** The last view `who` had (the game over, in its final state). */
export function lastView(who: ViewFor): ExerciseView {
  const all = recordedSteps();
  const view = all[all.length - 1]?.views.get(who);
  if (view === undefined) throw new Error('The recorded game has no steps');
  return structuredClone(view);
}

/** Every phase and move the recorded game went through, in order. */
export function recordedPhases(): { phase: Phase; move: number }[] {
  return recordedSteps().map(({ phase, move }) => ({ phase, move }));
}
