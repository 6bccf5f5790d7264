import type {
  ConditionFact,
  ConditionTrace,
  ControlView,
  ExerciseView,
  TrackChange,
} from '../protocol/index';
import type { LocalizedText } from '../scenario/index';
import type { ReportCard, ReportChange, ReportFact, ReportText, ReportTrace } from './report-parts';

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

function factOf(view: FacilitatorView, fact: ConditionFact | undefined): ReportFact | null {
  if (fact === undefined) return null;
  switch (fact.type) {
    case 'track':
      return {
        type: 'track',
        track: fact.track,
        value: fact.value,
        atLeast: fact.atLeast ?? null,
        atMost: fact.atMost ?? null,
      };
    case 'move':
      return {
        type: 'move',
        value: fact.value,
        atLeast: fact.atLeast ?? null,
        atMost: fact.atMost ?? null,
      };
    case 'action':
      return {
        type: 'action',
        card: cardOf(view, fact.card) ?? { id: fact.card, name: { en: fact.card } },
        outcome: fact.outcome,
        thisMove: fact.thisMove,
      };
    case 'inject':
      return { type: 'inject', inject: fact.inject, title: injectTitle(view, fact.inject) };
    default:
      return { type: fact.type };
  }
}

/** A condition's trace with its parts as data, named from the facilitator's view. */
export function trace(view: FacilitatorView, value: ConditionTrace): ReportTrace {
  return {
    holds: value.holds,
    text: value.text,
    fact: factOf(view, value.fact),
    children: (value.children ?? []).map((child) => trace(view, child)),
  };
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
