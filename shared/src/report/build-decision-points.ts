import { missingPrerequisites } from '../protocol/missing-prerequisites';
import type { ActionCard } from '../scenario/index';
import type { DecisionView } from '../protocol/index';
import type { ReportCard, ReportChange } from './report-parts';
import type {
  ReportDecisionPoints,
  ReportEnding,
  ReportKeyDecision,
  ReportKeyDecisions,
} from './report-schema';
import { cardOf, isPracticeMove, text, type FacilitatorView } from './report-source';

/** The player (or bot) who submitted a team's decision in a move, from Control's log. */
export function decisionSubmitter(
  view: FacilitatorView,
  decision: DecisionView,
): { by: string | null; byBot: boolean } {
  const entry = view.control.log.find(
    (candidate) =>
      candidate.event.type === 'team.submitDecision' &&
      candidate.move === decision.move &&
      (candidate.event as { team?: unknown }).team === decision.team,
  );
  const sender = entry?.sender;
  if (sender?.kind === 'player') {
    const player = view.roster.find((candidate) => candidate.id === sender.playerId);
    return { by: player?.name ?? sender.playerId, byBot: player?.isBot ?? false };
  }
  return { by: null, byBot: sender?.kind === 'bot' };
}

/**
 * Whether the team could have played a card when it decided, as the engine
 * checks it then: not used up by its earlier scored decisions, and its
 * prerequisites held on the tracks before the move's adjudication, the
 * injects out by then and the outcomes of earlier scored moves.
 */
function wasOpen(view: FacilitatorView, card: ActionCard, decision: DecisionView): boolean {
  const earlier = view.decisions.filter(
    (other) =>
      other.team === decision.team &&
      other.move < decision.move &&
      !isPracticeMove(view, other.move),
  );
  const used = earlier.reduce(
    (sum, other) => sum + other.actions.filter((action) => action.card === card.id).length,
    0,
  );
  if (card.maxUses !== undefined && used >= card.maxUses) return false;
  if (card.prerequisites === undefined) return true;
  const adjudication = view.adjudications.find((candidate) => candidate.move === decision.move);
  const results = view.adjudications
    .filter((other) => other.move < decision.move && !isPracticeMove(view, other.move))
    .flatMap((other) => other.results);
  const missing = missingPrerequisites(card.prerequisites, {
    move: decision.move,
    tracks: adjudication?.tracksBefore ?? view.tracks.current,
    holds: (condition) =>
      condition.type === 'inject'
        ? view.injects.some(
            (inject) => inject.id === condition.inject && inject.release.at <= decision.at,
          )
        : results.some(
            (result) =>
              result.card === condition.action &&
              (condition.outcome === undefined ||
                condition.outcome === 'any' ||
                result.outcome === condition.outcome) &&
              (condition.within !== 'move' || result.move === decision.move),
          ),
  });
  return missing.length === 0;
}

/**
 * How many decisions of each team the report tells: the one that moved the
 * tracks furthest (the body of a five-move game must read in ten minutes;
 * the choices versus dice adds each team's decision that most changed the
 * ending, and the full log has every decision).
 */
export const MAX_DECISIONS_PER_TEAM = 1;

function netChanges(changes: readonly ReportChange[]): ReportChange[] {
  const net: ReportChange[] = [];
  for (const change of changes) {
    const same = net.find((item) => item.track === change.track);
    if (same === undefined) net.push({ ...change });
    else same.to += change.to - change.from;
  }
  return net.filter((item) => item.from !== item.to);
}

/**
 * The key decision points as decisions: for each team, of the decisions
 * whose actions are its key actions (the summary's, which moved the tracks
 * furthest), the one that moved them furthest (the sum of its actions'
 * shifts; ties to the earlier), told in the order of play; each with who submitted it, the actions
 * and their outcomes, the team's other cards open that move, and what its
 * actions moved. An ending that came early or from Control is one more.
 */
export function buildDecisionPoints(
  view: FacilitatorView,
  keyActions: readonly ReportKeyDecisions[],
  ending: ReportEnding | null,
): ReportDecisionPoints {
  const decisions = keyActions.flatMap((entry) => {
    const moves = [...new Set(entry.decisions.map((moment) => moment.move))];
    const told = moves.flatMap((move): ReportKeyDecision[] => {
      const decision = view.decisions.find(
        (candidate) => candidate.team === entry.team && candidate.move === move,
      );
      if (decision === undefined) return [];
      const own = entry.decisions.filter((moment) => moment.move === move);
      const chosen = new Set(decision.actions.flatMap((action) => action.card ?? []));
      const results =
        view.adjudications.find((candidate) => candidate.move === move)?.results ?? [];
      const alternatives: ReportCard[] = view.control.cards
        .filter((card) => card.team === entry.team && !chosen.has(card.id))
        .filter((card) => wasOpen(view, card, decision))
        .map((card) => ({ id: card.id, name: text(card.name) }));
      return [
        {
          move,
          team: entry.team,
          ...decisionSubmitter(view, decision),
          actions: decision.actions.map((action) => ({
            card: cardOf(view, action.card),
            freeform: action.freeform?.description ?? null,
            outcome: results.find((result) => result.id === action.id)?.outcome ?? 'pending',
          })),
          alternatives,
          changes: netChanges(own.flatMap((moment) => moment.changes)),
          shift: Math.round(own.reduce((sum, moment) => sum + moment.shift, 0) * 1000) / 1000,
        },
      ];
    });
    const furthest = new Set(
      [...told].sort((a, b) => b.shift - a.shift).slice(0, MAX_DECISIONS_PER_TEAM),
    );
    return told.filter((decision) => furthest.has(decision));
  });
  decisions.sort((a, b) => a.move - b.move);
  return {
    decisions,
    earlyEnding: ending !== null && ending.kind !== 'final' ? ending : null,
  };
}
