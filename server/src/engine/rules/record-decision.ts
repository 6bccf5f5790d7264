import type { DecisionInput } from '../events';
import type { Decision, ExerciseContext, PlayedAction } from '../exercise-context';
import { isSimultaneous, type ScenarioIndex } from '../scenario-index';
import { startTimer } from './timer';
import { currentTeam, decisionsThisMove, pendingTeams } from './turns';

export function actionId(move: number, team: string, index: number): string {
  return `m${move}-${team}-${index}`;
}

function playedActions(
  index: ScenarioIndex,
  move: number,
  team: string,
  input: DecisionInput,
): PlayedAction[] {
  if (input.kind === 'hold') return [];
  if (input.kind === 'freeform') {
    const freeform = { description: input.description.trim(), reasons: [...input.reasons] };
    return [
      {
        id: actionId(move, team, 0),
        card: null,
        freeform,
        visibility: input.visibility,
        revealed: false,
      },
    ];
  }
  return input.cards.map((card, position) => ({
    id: actionId(move, team, position),
    card,
    freeform: null,
    visibility: index.cards.get(card)?.visibility ?? 'public',
    revealed: false,
  }));
}

function buildDecision(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
  input: DecisionInput,
  at: number,
  order: number,
  holdReason: Decision['holdReason'],
): Decision {
  return {
    move: context.move,
    team,
    order,
    at,
    kind: input.kind,
    holdReason: input.kind === 'hold' ? (holdReason ?? 'chosen') : null,
    actions: playedActions(index, context.move, team, input),
    rationale: input.rationale?.trim() ?? '',
    statement: input.statement?.trim() || null,
  };
}

/** Records a team's decision and, in sequential mode, passes the turn (with a fresh deadline). */
export function recordDecision(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
  input: DecisionInput,
  at: number,
  holdReason: Decision['holdReason'] = null,
): Partial<ExerciseContext> {
  const order = decisionsThisMove(context).length;
  const decision = buildDecision(index, context, team, input, at, order, holdReason);
  const decisions = [...context.decisions, decision];
  if (isSimultaneous(index, context.config)) return { decisions };
  const turn = context.turn + 1;
  const more = turn < index.turnOrder.length;
  const timer = more ? startTimer(at, context.config.timing.decisionMinutes) : context.timer;
  return { decisions, turn, timer };
}

/** The deadline passed: the team whose turn it is holds (sequential), or every team still pending (simultaneous). */
export function holdOnDeadline(
  index: ScenarioIndex,
  context: ExerciseContext,
  at: number,
): Partial<ExerciseContext> {
  const hold: DecisionInput = { kind: 'hold' };
  if (!isSimultaneous(index, context.config)) {
    const team = currentTeam(index, context);
    return team === null ? {} : recordDecision(index, context, team, hold, at, 'deadline');
  }
  let next = context;
  for (const team of pendingTeams(index, context)) {
    next = { ...next, ...recordDecision(index, next, team, hold, at, 'deadline') };
  }
  return { decisions: next.decisions };
}
