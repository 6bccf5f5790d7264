import type { DecisionInput } from '../events';
import type { ExerciseContext } from '../exercise-context';
import { refuse, type Refusal } from '../refusal';
import { isSimultaneous, type ScenarioIndex } from '../scenario-index';
import { evaluateCondition } from './evaluate-condition';
import { currentTeam, hasDecided } from './turns';
import { inSameWorld, worldOf } from './world';

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim().length === 0;
}

/** Whether the team may decide now at all (before looking at what it plays). */
export function validateTurn(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
): Refusal | null {
  if (!index.teams.has(team)) return refuse('unknown-team', `There is no team "${team}".`);
  if (!index.turnOrder.includes(team)) {
    return refuse('not-their-turn', `Team "${team}" is not in this scenario's turn order.`);
  }
  if (hasDecided(context, team)) {
    return refuse('already-decided', `Team "${team}" has already decided in move ${context.move}.`);
  }
  const current = currentTeam(index, context);
  if (!isSimultaneous(index, context.config) && current !== team) {
    return refuse('not-their-turn', `It is ${current ?? 'no team'}'s turn, not ${team}'s.`);
  }
  return null;
}

/** How often the team has played the card in this exercise before the current move. */
export function usesSoFar(context: ExerciseContext, team: string, card: string): number {
  let uses = 0;
  for (const decision of context.decisions) {
    if (decision.team !== team || !inSameWorld(decision.move, context.move)) continue;
    for (const action of decision.actions) if (action.card === card) uses += 1;
  }
  return uses;
}

function validateCards(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
  cards: readonly string[],
): Refusal | null {
  const { maxActionsPerDecision, maxCovertPerMove } = index.scenario.rules;
  if (cards.length === 0) {
    return refuse('no-actions', 'A decision plays at least one action card; to hold, say so.');
  }
  if (cards.length > maxActionsPerDecision) {
    return refuse(
      'too-many-actions',
      `A decision plays at most ${maxActionsPerDecision} action card(s); this one plays ${cards.length}.`,
    );
  }
  const world = worldOf(context);
  let covert = 0;
  for (const id of cards) {
    const card = index.cards.get(id);
    if (card === undefined) return refuse('unknown-card', `There is no action card "${id}".`);
    if (card.team !== team) {
      return refuse('not-their-card', `"${id}" is a card of ${card.team}, not of ${team}.`);
    }
    const count = cards.filter((other) => other === id).length;
    if (count > card.limitPerMove) {
      return refuse(
        'limit-per-move',
        `"${id}" may be played ${card.limitPerMove} time(s) per move; this decision plays it ${count} times.`,
      );
    }
    if (card.maxUses !== undefined && usesSoFar(context, team, id) + count > card.maxUses) {
      return refuse(
        'max-uses',
        `"${id}" may be played ${card.maxUses} time(s) in the exercise and has been played ${usesSoFar(context, team, id)}.`,
      );
    }
    if (card.prerequisites !== undefined && !evaluateCondition(card.prerequisites, world)) {
      return refuse('prerequisite-unmet', `The prerequisites of "${id}" do not hold yet.`);
    }
    if (card.visibility === 'covert') covert += 1;
  }
  if (covert > maxCovertPerMove) {
    return refuse(
      'max-covert',
      `At most ${maxCovertPerMove} covert action(s) per move; this decision plays ${covert}.`,
    );
  }
  return null;
}

/** Checks a decision against the turn and the scenario's rules; null when it may be recorded. */
export function validateDecision(
  index: ScenarioIndex,
  context: ExerciseContext,
  team: string,
  decision: DecisionInput,
): Refusal | null {
  const turn = validateTurn(index, context, team);
  if (turn !== null) return turn;
  switch (decision.kind) {
    case 'hold':
      return null;
    case 'actions': {
      const cards = validateCards(index, context, team, decision.cards);
      if (cards !== null) return cards;
      if (isBlank(decision.rationale)) {
        return refuse('missing-rationale', 'A decision needs a rationale.');
      }
      return null;
    }
    case 'freeform': {
      const reasons = decision.reasons;
      if (isBlank(decision.description)) {
        return refuse('invalid-freeform', 'A free-form action needs a description.');
      }
      if (reasons.length < 1 || reasons.length > 3 || reasons.some((reason) => isBlank(reason))) {
        return refuse('invalid-freeform', 'A free-form action needs one to three reasons.');
      }
      if (decision.visibility === 'covert' && index.scenario.rules.maxCovertPerMove < 1) {
        return refuse('max-covert', 'This scenario allows no covert action.');
      }
      return null;
    }
  }
}
