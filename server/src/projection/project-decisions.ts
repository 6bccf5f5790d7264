import type { DecisionView, ReleaseCause } from '@borderline/shared';
import type { Decision, ExerciseContext, PlayedAction } from '../engine';
import type { Visibility } from './visibility';

/**
 * The action ids a recipient may know: engine id → id in its view. The own
 * team and Control get the engine's ids. Another team's visible actions are
 * numbered among themselves (`m<move>-<team>-<n>`), because the engine's
 * index would betray a hidden covert action by the gap it leaves.
 */
export type ActionIds = ReadonlyMap<string, string>;

/** Whether another team may see a played action: a public one, or one its outcome revealed. */
export function actionOpen(action: PlayedAction): boolean {
  return action.visibility === 'public' || action.revealed;
}

export function visibleActionIds(context: ExerciseContext, visibility: Visibility): ActionIds {
  const ids = new Map<string, string>();
  for (const decision of context.decisions) {
    if (visibility.ownsTeam(decision.team)) {
      for (const action of decision.actions) ids.set(action.id, action.id);
      continue;
    }
    let position = 0;
    for (const action of decision.actions) {
      if (!actionOpen(action)) continue;
      ids.set(action.id, `m${decision.move}-${decision.team}-${position}`);
      position += 1;
    }
  }
  return ids;
}

function projectDecision(decision: Decision, visibility: Visibility, ids: ActionIds): DecisionView {
  if (visibility.ownsTeam(decision.team)) return { ...decision, whole: true };
  const actions = decision.actions.flatMap((action) => {
    const id = ids.get(action.id);
    return id === undefined ? [] : [{ ...action, id }];
  });
  return {
    move: decision.move,
    team: decision.team,
    order: decision.order,
    at: decision.at,
    // A hold and a decision of covert actions only must look alike from outside.
    kind: actions.length > 0 ? decision.kind : 'undisclosed',
    holdReason: null,
    actions,
    rationale: null,
    statement: decision.statement,
    whole: false,
  };
}

export function projectDecisions(
  context: ExerciseContext,
  visibility: Visibility,
  ids: ActionIds,
): DecisionView[] {
  return context.decisions
    .filter((decision) => visibility.maySeeDecision(decision))
    .map((decision) => projectDecision(decision, visibility, ids));
}

/** A release cause, with another team's hidden covert action masked (null) and ids translated. */
export function visibleCause(cause: ReleaseCause, ids: ActionIds): ReleaseCause | null {
  if (cause.kind !== 'action') return cause;
  const action = ids.get(cause.action);
  return action === undefined ? null : { ...cause, action };
}
