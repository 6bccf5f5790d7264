import type { ActionCard } from '../scenario/action-card';
import type { Rules } from '../scenario/scenario';
import type { DecisionInput } from './team-commands';

/**
 * The content checks of a team's decision, written once: the engine refuses
 * a decision by the first problem found, and the team's screen lists them
 * all before the lead submits. Whether it is the team's turn at all is the
 * engine's own question (it reads the move, not the content).
 */

/** What the checks need to know of one card, as the engine and the team's hand both know it. */
export interface CheckedCard extends Pick<
  ActionCard,
  'id' | 'team' | 'visibility' | 'limitPerMove' | 'maxUses'
> {
  /** How often the team played it in this exercise before the current move. */
  used: number;
  /** Whether its prerequisites hold now (true for a card without any). */
  prerequisitesMet: boolean;
}

export type DecisionProblem =
  | { code: 'no-actions' }
  | { code: 'too-many-actions'; max: number; played: number }
  | { code: 'unknown-card'; card: string }
  | { code: 'not-their-card'; card: string; owner: string }
  | { code: 'limit-per-move'; card: string; limit: number; played: number }
  | { code: 'max-uses'; card: string; max: number; used: number }
  | { code: 'prerequisite-unmet'; card: string }
  | { code: 'max-covert'; max: number; played: number }
  | { code: 'missing-rationale' }
  | { code: 'missing-description' }
  | { code: 'missing-reasons' }
  | { code: 'covert-not-allowed' };

export type DecisionRules = Pick<Rules, 'maxActionsPerDecision' | 'maxCovertPerMove'>;

const isBlank = (text: string | undefined) => text === undefined || text.trim() === '';

/** A free-form action gives one to three reasons, none blank. */
const MAX_REASONS = 3;

/** Why a team cannot play the card at all now, whatever else it plays; null when it can. */
export function cardUnavailable(card: CheckedCard): 'used-up' | 'prerequisites' | null {
  if (card.maxUses !== undefined && card.used >= card.maxUses) return 'used-up';
  return card.prerequisitesMet ? null : 'prerequisites';
}

function cardProblem(
  card: CheckedCard | undefined,
  id: string,
  team: string,
  cards: readonly string[],
): DecisionProblem | null {
  if (card === undefined) return { code: 'unknown-card', card: id };
  if (card.team !== team) return { code: 'not-their-card', card: id, owner: card.team };
  const played = cards.filter((other) => other === id).length;
  if (played > card.limitPerMove) {
    return { code: 'limit-per-move', card: id, limit: card.limitPerMove, played };
  }
  if (card.maxUses !== undefined && card.used + played > card.maxUses) {
    return { code: 'max-uses', card: id, max: card.maxUses, used: card.used };
  }
  if (!card.prerequisitesMet) return { code: 'prerequisite-unmet', card: id };
  return null;
}

function actionProblems(
  cards: readonly string[],
  rationale: string,
  team: string,
  cardOf: (id: string) => CheckedCard | undefined,
  rules: DecisionRules,
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (cards.length === 0) problems.push({ code: 'no-actions' });
  if (cards.length > rules.maxActionsPerDecision) {
    problems.push({
      code: 'too-many-actions',
      max: rules.maxActionsPerDecision,
      played: cards.length,
    });
  }
  let covert = 0;
  for (const id of new Set(cards)) {
    const card = cardOf(id);
    const problem = cardProblem(card, id, team, cards);
    if (problem !== null) problems.push(problem);
    if (card?.visibility === 'covert') covert += cards.filter((other) => other === id).length;
  }
  if (covert > rules.maxCovertPerMove) {
    problems.push({ code: 'max-covert', max: rules.maxCovertPerMove, played: covert });
  }
  if (isBlank(rationale)) problems.push({ code: 'missing-rationale' });
  return problems;
}

/** Every problem of the decision's content, in the order the engine reports the first. */
export function decisionProblems(
  decision: DecisionInput,
  team: string,
  cardOf: (id: string) => CheckedCard | undefined,
  rules: DecisionRules,
): DecisionProblem[] {
  switch (decision.kind) {
    case 'hold':
      return [];
    case 'actions':
      return actionProblems(decision.cards, decision.rationale, team, cardOf, rules);
    case 'freeform': {
      const problems: DecisionProblem[] = [];
      if (isBlank(decision.description)) problems.push({ code: 'missing-description' });
      const { reasons } = decision;
      if (reasons.length < 1 || reasons.length > MAX_REASONS || reasons.some(isBlank)) {
        problems.push({ code: 'missing-reasons' });
      }
      if (decision.visibility === 'covert' && rules.maxCovertPerMove < 1) {
        problems.push({ code: 'covert-not-allowed' });
      }
      return problems;
    }
  }
}
