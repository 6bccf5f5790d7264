import type { TeamTurnState } from '@borderline/shared';
import type { Decision, ExerciseContext } from '../exercise-context';
import { isSimultaneous, type ScenarioIndex } from '../scenario-index';

export function decisionsThisMove(context: ExerciseContext): Decision[] {
  return context.decisions.filter((decision) => decision.move === context.move);
}

export function hasDecided(context: ExerciseContext, team: string): boolean {
  return context.decisions.some(
    (decision) => decision.move === context.move && decision.team === team,
  );
}

/** The team whose turn it is in sequential mode; null in simultaneous mode or outside decisions. */
export function currentTeam(index: ScenarioIndex, context: ExerciseContext): string | null {
  if (isSimultaneous(index, context.config) || context.phase !== 'decisions') return null;
  return index.turnOrder[context.turn] ?? null;
}

/** The teams that still have to decide this move, in turn order. */
export function pendingTeams(index: ScenarioIndex, context: ExerciseContext): string[] {
  if (context.phase !== 'decisions') return [];
  return index.turnOrder.filter((team) => !hasDecided(context, team));
}

export function allTeamsDecided(index: ScenarioIndex, context: ExerciseContext): boolean {
  return index.turnOrder.every((team) => hasDecided(context, team));
}

/** Whether the team may decide now: its turn in sequential mode, or still pending in simultaneous mode. */
export function mayDecide(index: ScenarioIndex, context: ExerciseContext, team: string): boolean {
  if (context.phase !== 'decisions' || hasDecided(context, team)) return false;
  return isSimultaneous(index, context.config)
    ? index.turnOrder.includes(team)
    : currentTeam(index, context) === team;
}

/**
 * Where the team stands in the current move's decisions (the protocol's
 * TeamTurnState): the one answer every screen reads, so that "whose turn"
 * is decided here and nowhere else.
 */
export function teamTurnState(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
): TeamTurnState {
  if (hasDecided(context, team)) return 'decided';
  switch (context.phase) {
    case 'injects':
    case 'deliberation':
      return 'upcoming';
    case 'decisions':
      return mayDecide(index, context, team) ? 'deciding' : 'waiting';
    default:
      return 'idle';
  }
}
