import type {
  Scenario,
  WhatIfAnalysis,
  WhatIfDecisionBranch,
  WhatIfResponse,
  WhatIfRollBranch,
} from '@borderline/shared';
import type { ReplayReader } from './replay-reader';

function cardsOf(branch: WhatIfRollBranch | WhatIfDecisionBranch): string[] {
  if (branch.kind === 'roll') return branch.card === null ? [] : [branch.card];
  return [...branch.chosen.cards, ...branch.alternative.cards];
}

/**
 * The analysis as `reader` may read it. Control reads all of it. A player
 * reads the branches of their own team, and the other teams' whose cards
 * are all public: a covert card of another team (played, or only an
 * alternative a bot would have played) stays that team's secret, as it does
 * in the players' debrief.
 */
export function whatIfFor(
  scenario: Scenario,
  response: WhatIfResponse,
  reader: ReplayReader,
): WhatIfResponse {
  if (response.status !== 'ready' || reader.kind === 'facilitator') return response;
  const covert = new Set(
    scenario.actions.filter((card) => card.visibility === 'covert').map((card) => card.id),
  );
  const readable = (branch: WhatIfRollBranch | WhatIfDecisionBranch) =>
    branch.team === reader.team || cardsOf(branch).every((card) => !covert.has(card));
  const { analysis } = response;
  const rolls = analysis.rolls.filter(readable);
  const decisions = analysis.decisions.filter(readable);
  const shown = new Set([...rolls, ...decisions].flatMap(cardsOf));
  const cards = Object.fromEntries(
    Object.entries(analysis.names.cards).filter(([id]) => shown.has(id)),
  );
  const filtered: WhatIfAnalysis = {
    ...analysis,
    rolls,
    decisions,
    names: { ...analysis.names, cards },
  };
  return { status: 'ready', analysis: filtered };
}
