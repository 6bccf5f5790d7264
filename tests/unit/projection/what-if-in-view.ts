import type { ExerciseView, WhatIfDecisionBranch, WhatIfRollBranch } from '@borderline/shared';

const sorted = (cards: readonly (string | null)[]) =>
  cards.filter((card): card is string => card !== null).sort();

/**
 * Whether a branch of choices versus dice is one the recipient may read,
 * read off the recipient's own view (not off projectWhatIf, which it
 * checks): a team reads its own branches; a roll is readable if the view's published results
 * hold it; a decision if the view shows that team's decision whole, and
 * the alternative names only cards the view lets the recipient know of.
 */
export function readableInView(
  view: ExerciseView,
  branch: WhatIfRollBranch | WhatIfDecisionBranch,
): boolean {
  if (view.recipient.kind === 'team' && view.recipient.team === branch.team) return true;
  if (branch.kind === 'roll') {
    const results = view.adjudications.find((entry) => entry.move === branch.move)?.results ?? [];
    return results.some(
      (result) =>
        result.team === branch.team &&
        result.card === branch.card &&
        result.roll === branch.roll &&
        result.odds?.total === branch.odds,
    );
  }
  const decision = view.decisions.find(
    (entry) => entry.move === branch.move && entry.team === branch.team,
  );
  if (decision === undefined || decision.kind !== branch.chosen.kind) return false;
  const played = decision.actions;
  const whole =
    played.length > 0 &&
    JSON.stringify(sorted(played.map((action) => action.card))) ===
      JSON.stringify(branch.chosen.cards) &&
    (branch.chosen.kind !== 'freeform' || played.every((action) => action.card === null));
  const known = new Set(view.scenario.cards.map((card) => card.id));
  return (
    whole &&
    branch.alternative.kind !== 'freeform' &&
    branch.alternative.cards.every((card) => known.has(card))
  );
}
