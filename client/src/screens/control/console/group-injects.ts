import type { ControlView, InjectView, PendingTrigger } from '@borderline/shared';

export type DeckCard = ControlView['injectDeck'][number];

export interface InjectGroups {
  /** Out already, in order of release. */
  released: InjectView[];
  /** Waiting for the move they are scheduled for, by move. */
  scheduled: DeckCard[];
  /** Set off by an action or a condition; the armed ones (pending) first. */
  triggered: { card: DeckCard; pending: PendingTrigger | null }[];
  /** Only Control releases them. */
  manual: DeckCard[];
  /** Scheduled, but never released on schedule in this format: only Control's hand brings them out. */
  offFormat: DeckCard[];
}

/** The whole deck in the five groups of the timeline. */
export function groupInjects(released: InjectView[], control: ControlView): InjectGroups {
  const out = new Set(released.map((inject) => inject.id));
  const offFormat = new Set(control.offFormatInjects);
  const waiting = control.injectDeck.filter((card) => !card.released && !out.has(card.id));
  const scheduledMove = (card: DeckCard) =>
    card.release.type === 'scheduled' ? card.release.move : 0;
  const pendingOf = (id: string) =>
    control.pendingTriggers.find((trigger) => trigger.inject === id) ?? null;
  const triggered = waiting
    .filter((card) => card.release.type === 'triggered')
    .map((card) => ({ card, pending: pendingOf(card.id) }));
  return {
    released,
    scheduled: waiting
      .filter((card) => card.release.type === 'scheduled' && !offFormat.has(card.id))
      .sort((a, b) => scheduledMove(a) - scheduledMove(b)),
    triggered: [
      ...triggered.filter((entry) => entry.pending !== null),
      ...triggered.filter((entry) => entry.pending === null),
    ],
    manual: waiting.filter((card) => card.release.type === 'manual'),
    offFormat: waiting.filter((card) => offFormat.has(card.id)),
  };
}
