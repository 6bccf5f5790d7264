import type { ConditionTrace, ControlView, ExerciseView, TrackChange } from '../protocol/index';
import type { LocalizedText } from '../scenario/index';
import type { ReportCard, ReportChange, ReportText, ReportTrace } from './report-parts';

/** A facilitator's view: the only view a report is built from (it alone holds every secret). */
export type FacilitatorView = ExerciseView & { control: ControlView };

export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
}

/** The view, if it is the facilitator's; a clear error otherwise. */
export function facilitatorView(view: ExerciseView): FacilitatorView {
  if (view.recipient.kind !== 'facilitator' || view.control === null) {
    throw new ReportInputError(
      `A report is built from the facilitator's view; this view is for ${view.recipient.kind === 'team' ? `team ${view.recipient.team}` : view.recipient.kind}.`,
    );
  }
  return view as FacilitatorView;
}

/** A scenario text as the report keeps it: the same keys, nothing undefined. */
export function text(value: LocalizedText): ReportText {
  return value.es === undefined ? { en: value.en } : { en: value.en, es: value.es };
}

export function change(value: TrackChange): ReportChange {
  return { track: value.track, from: value.from, to: value.to };
}

export function trace(value: ConditionTrace): ReportTrace {
  return { holds: value.holds, text: value.text, children: (value.children ?? []).map(trace) };
}

/** The card's id and name, or null for a free-form action (or a card the scenario lacks). */
export function cardOf(view: FacilitatorView, id: string | null): ReportCard | null {
  if (id === null) return null;
  const card = view.control.cards.find((candidate) => candidate.id === id);
  return { id, name: card === undefined ? { en: id } : text(card.name) };
}

export function injectTitle(view: FacilitatorView, id: string): ReportText {
  const inject = view.control.injectDeck.find((candidate) => candidate.id === id);
  return inject === undefined ? { en: id } : text(inject.title);
}

/** Whether a move is the scenario's unscored practice move. */
export function isPracticeMove(view: ExerciseView, move: number): boolean {
  return view.scenario.moves.some((candidate) => candidate.number === move && candidate.practice);
}
