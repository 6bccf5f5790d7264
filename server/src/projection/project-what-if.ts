import type {
  Recipient,
  WhatIfAnalysis,
  WhatIfDecision,
  WhatIfDecisionBranch,
  WhatIfRollBranch,
} from '@borderline/shared';
import type { ExerciseContext, ScenarioIndex } from '../engine';
import { resultOpen } from './project-adjudications';
import { actionOpen } from './project-decisions';
import { cardKnown, revealedCards } from './project-scenario';
import { visibilityFor, type Visibility } from './visibility';

type Branch = WhatIfRollBranch | WhatIfDecisionBranch;

function cardsOf(branch: Branch): string[] {
  if (branch.kind === 'roll') return branch.card === null ? [] : [branch.card];
  return [...branch.chosen.cards, ...branch.alternative.cards];
}

/**
 * A roll of another team is readable when the recipient's own view shows its
 * result: the played result with that team, card, roll and odds in that
 * move's published adjudication is public, or its outcome revealed it. A
 * free-form action's roll names no card, so it is matched by the rest; a
 * roll with no such result is kept back.
 */
function rollReadable(context: ExerciseContext, visibility: Visibility, branch: WhatIfRollBranch) {
  const adjudication = context.adjudications.find((entry) => entry.move === branch.move);
  const played = (adjudication?.results ?? []).filter(
    (result) =>
      result.team === branch.team &&
      result.card === branch.card &&
      result.roll === branch.roll &&
      result.odds?.total === branch.odds,
  );
  return played.length > 0 && played.every((result) => resultOpen(result, visibility));
}

/**
 * A decision of another team is readable when the recipient's own view shows
 * all of it: every action it played is public or revealed (a hold shows as
 * "undisclosed" from outside, like a decision of covert actions only, so it
 * is kept back too), and the alternative names only cards the recipient may
 * know of (a bot's covert choice that was never played stays its team's).
 */
function decisionReadable(
  index: ScenarioIndex,
  context: ExerciseContext,
  visibility: Visibility,
  branch: WhatIfDecisionBranch,
) {
  const decision = context.decisions.find(
    (entry) => entry.move === branch.move && entry.team === branch.team,
  );
  if (decision === undefined || !visibility.maySeeDecision(decision)) return false;
  if (decision.actions.length === 0 || !decision.actions.every(actionOpen)) return false;
  const revealed = revealedCards(context);
  const known = (named: WhatIfDecision) =>
    named.kind !== 'freeform' &&
    named.cards.every((id) => {
      const card = index.cards.get(id);
      return card !== undefined && cardKnown(card, visibility, revealed);
    });
  return known(branch.alternative);
}

/**
 * Choices versus dice as one recipient may read it, by the projection's own
 * rules at the time it is read (the hotwash and after): Control reads all
 * of it; a team reads its own branches whole, and another team's only when
 * its own view shows what the branch names (see rollReadable and
 * decisionReadable): another team's unrevealed covert action, card or
 * free-form, its roll, and whether it held stay that team's. The names keep
 * only the cards the branches left name. Pure, like `project`.
 */
export function projectWhatIf(
  index: ScenarioIndex,
  context: ExerciseContext,
  analysis: WhatIfAnalysis,
  recipient: Recipient,
): WhatIfAnalysis {
  const visibility = visibilityFor(index, context, recipient);
  if (visibility.isControl) return analysis;
  const readable = (branch: Branch) =>
    visibility.ownsTeam(branch.team) ||
    (branch.kind === 'roll'
      ? rollReadable(context, visibility, branch)
      : decisionReadable(index, context, visibility, branch));
  const rolls = analysis.rolls.filter(readable);
  const decisions = analysis.decisions.filter(readable);
  const shown = new Set([...rolls, ...decisions].flatMap(cardsOf));
  const cards = Object.fromEntries(
    Object.entries(analysis.names.cards).filter(([id]) => shown.has(id)),
  );
  return { ...analysis, rolls, decisions, names: { ...analysis.names, cards } };
}
