import type { DecisionView, InjectView } from '../protocol/index';
import type { ReportObjectiveEvidence } from './report-evidence';
import { isPracticeMove, text, type FacilitatorView } from './report-source';

/** What exercised an objective: the injects that raised it and the decisions that answered them. */
export type ReportExposure = Pick<
  ReportObjectiveEvidence,
  'id' | 'kind' | 'text' | 'injects' | 'decisions'
>;

function reaches(inject: InjectView, team: string): boolean {
  return inject.audience === 'all' || inject.audience.includes(team);
}

/** A team that let its time run out, or that Control skipped, decided nothing. */
function deliberate(decision: DecisionView): boolean {
  return (
    decision.kind !== 'hold' || decision.holdReason === 'chosen' || decision.holdReason === null
  );
}

/**
 * The injects a decision answers: those that reached the team (sent to all
 * or to it) after its previous decision and by the time it decided. Injects
 * carry their learning objectives; action cards carry none.
 */
export function injectsBehind(view: FacilitatorView, decision: DecisionView): InjectView[] {
  const earlier = view.decisions.filter(
    (other) => other.team === decision.team && other.at < decision.at,
  );
  const since = earlier.reduce((latest, other) => Math.max(latest, other.at), -Infinity);
  return view.injects.filter(
    (inject) =>
      reaches(inject, decision.team) &&
      inject.release.at > since &&
      inject.release.at <= decision.at,
  );
}

/**
 * Which injects and decisions exercised each learning objective. The rule:
 * an inject exercises the objectives it lists; a decision exercises the
 * objectives of the injects behind it (`injectsBehind`), unless the team
 * held because its time ran out or Control skipped it, or it was a decision
 * of the practice move (which teaches the controls and is not assessed).
 */
export function buildLearning(view: FacilitatorView): ReportExposure[] {
  const scored = view.decisions.filter((decision) => !isPracticeMove(view, decision.move));
  const exercised = scored.filter(deliberate).map((decision) => ({
    decision,
    objectives: new Set(injectsBehind(view, decision).flatMap((inject) => inject.objectives)),
  }));
  return view.scenario.learningObjectives.map((objective) => ({
    id: objective.id,
    kind: objective.kind,
    text: text(objective.text),
    injects: view.injects
      .filter((inject) => inject.objectives.includes(objective.id))
      .map((inject) => ({ id: inject.id, title: text(inject.title), move: inject.release.move })),
    decisions: exercised
      .filter((entry) => entry.objectives.has(objective.id))
      .map(({ decision }) => ({ move: decision.move, team: decision.team, order: decision.order })),
  }));
}
