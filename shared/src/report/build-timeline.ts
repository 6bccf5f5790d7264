import type { AdjudicationView, DecisionView, InjectView, ReleaseCause } from '../protocol/index';
import { botTemperamentOf } from '../protocol/bot-rationale';
import { decisionSubmitter } from './build-decision-points';
import type {
  ReportAction,
  ReportDecision,
  ReportInject,
  ReportMove,
  ReportReleaseCause,
} from './report-timeline';
import {
  cardOf,
  change,
  injectTitle,
  isPracticeMove,
  text,
  type FacilitatorView,
} from './report-source';

function releaseCause(
  view: FacilitatorView,
  cause: ReleaseCause | null,
): ReportReleaseCause | null {
  if (cause === null) return null;
  if (cause.kind !== 'action') return { kind: cause.kind };
  return { kind: 'action', action: cause.action, team: cause.team, card: cardOf(view, cause.card) };
}

export function injectEntry(view: FacilitatorView, inject: InjectView): ReportInject {
  return {
    id: inject.id,
    title: text(inject.title),
    date: inject.date,
    kind: inject.kind,
    from: text(inject.from),
    audience: inject.audience === 'all' ? 'all' : [...inject.audience],
    body: text(inject.body),
    move: inject.release.move,
    at: inject.release.at,
    cause: releaseCause(view, inject.release.cause),
    changes: inject.release.changes.map(change),
    citation: {
      publication: inject.citation.publication,
      title: inject.citation.title,
      author: inject.citation.author,
      year: inject.citation.year,
      line: inject.source.line,
      excerpt: inject.source.excerpt,
      ...(inject.source.translation === undefined
        ? {}
        : { translation: { es: inject.source.translation.es } }),
      alsoCites: inject.alsoCites.map(({ source, finding }) => ({
        id: source.id,
        publication: source.publication,
        title: source.title,
        author: source.author,
        year: source.year,
        finding: text(finding),
      })),
    },
    questions: inject.questions.map((question) => ({
      team: question.team,
      text: text(question.text),
    })),
    objectives: [...inject.objectives],
  };
}

function actionEntry(
  view: FacilitatorView,
  adjudication: AdjudicationView | undefined,
  action: DecisionView['actions'][number],
): ReportAction {
  const result = adjudication?.results.find((candidate) => candidate.id === action.id);
  const ruling = adjudication?.inputs?.freeform[action.id];
  return {
    id: action.id,
    card: cardOf(view, action.card),
    freeform:
      action.freeform === null
        ? null
        : { description: action.freeform.description, reasons: [...action.freeform.reasons] },
    visibility: action.visibility,
    revealed: action.revealed,
    result:
      result === undefined
        ? null
        : {
            odds: result.odds?.total ?? null,
            base: result.odds?.base ?? null,
            modifiers: (result.odds?.modifiers ?? [])
              .filter((modifier) => modifier.applies)
              .map((modifier) => ({ delta: modifier.delta, reason: text(modifier.reason) })),
            roll: result.roll,
            outcome: result.outcome,
            override: result.override === null ? null : { ...result.override },
            ruling:
              ruling === undefined
                ? null
                : ruling.kind === 'veto'
                  ? { kind: 'veto', reason: ruling.reason }
                  : { kind: 'odds', odds: ruling.odds, reason: ruling.reason },
            costs: result.costs.map(change),
            effects: result.effects.map(change),
            triggers: result.triggers.map((id) => ({ id, title: injectTitle(view, id) })),
            text: result.text === null ? null : text(result.text),
          },
  };
}

function decisionEntry(
  view: FacilitatorView,
  adjudication: AdjudicationView | undefined,
  decision: DecisionView,
): ReportDecision {
  if (decision.kind === 'undisclosed' || decision.rationale === null) {
    // Only another team's view hides a decision; the facilitator's never does.
    throw new Error(`The decision of ${decision.team} in move ${decision.move} is not whole.`);
  }
  return {
    team: decision.team,
    order: decision.order,
    at: decision.at,
    kind: decision.kind,
    holdReason: decision.holdReason,
    actions: decision.actions.map((action) => actionEntry(view, adjudication, action)),
    rationale: decision.rationale,
    botTemperament: decisionSubmitter(view, decision).byBot
      ? botTemperamentOf(decision.rationale)
      : null,
    statement: decision.statement,
  };
}

/** The moves something happened in, in order: the practice move only if it was played. */
export function playedMoves(view: FacilitatorView): number[] {
  const moves = new Set<number>();
  for (const inject of view.injects) moves.add(inject.release.move);
  for (const decision of view.decisions) moves.add(decision.move);
  for (const adjudication of view.adjudications) moves.add(adjudication.move);
  for (const note of view.narrative) moves.add(note.move);
  if (view.exercise.phase !== 'lobby') moves.add(view.exercise.move);
  return [...moves].sort((a, b) => a - b);
}

/** Every move: its injects, the decisions with their results, Control's overrides and notes. */
export function buildTimeline(view: FacilitatorView): ReportMove[] {
  return playedMoves(view).map((move) => {
    const info = view.scenario.moves.find((candidate) => candidate.number === move);
    const adjudication = view.adjudications.find((candidate) => candidate.move === move);
    const trackOverrides = adjudication?.overrideChanges ?? [];
    const setByHand = new Set(trackOverrides.map((override) => override.track));
    return {
      move,
      practice: isPracticeMove(view, move),
      title: info === undefined ? null : text(info.title),
      period: info === undefined ? null : text(info.period),
      injects: view.injects
        .filter((inject) => inject.release.move === move)
        .map((inject) => injectEntry(view, inject)),
      decisions: view.decisions
        .filter((decision) => decision.move === move)
        .map((decision) => decisionEntry(view, adjudication, decision)),
      overrides: view.control.overrides
        .filter((override) => override.move === move)
        // A track set by hand during the review is already told by the published move's
        // track override (with the track's name); listing it twice reads as two changes.
        .filter((override) => !(override.kind === 'track' && setByHand.has(override.target)))
        .map(({ at, kind, target, from, to, reason }) => ({ at, kind, target, from, to, reason })),
      trackOverrides: trackOverrides.map((override) => ({
        ...change(override),
        reason: override.reason,
      })),
      narrative: view.narrative
        .filter((note) => note.move === move)
        .map(({ phase, at, text: note }) => ({ move, phase, at, text: note })),
      publishedAt: adjudication?.publishedAt ?? null,
      tracksBefore: adjudication === undefined ? null : { ...adjudication.tracksBefore },
      tracksAfter: adjudication === undefined ? null : { ...adjudication.tracksAfter },
    };
  });
}
