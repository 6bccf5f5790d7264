import type { ReleaseRule } from '@borderline/shared';
import { parseWholeNumber } from './cell-formats';
import type { MselColumnKey } from './msel-columns';

/** How a card reaches the players, as the "Delivery" column says it. */
export const DELIVERY_LABELS = {
  scheduled: 'Scheduled',
  triggered: 'Triggered',
  manual: 'By Control',
} as const satisfies Record<ReleaseRule['type'], string>;

const DELIVERY_WORDS: Record<string, ReleaseRule['type']> = {
  scheduled: 'scheduled',
  triggered: 'triggered',
  'by control': 'manual',
  control: 'manual',
  manual: 'manual',
};

/** The "Move" of a card with no planned move (by Control, or triggered at any move). */
export const ANY_MOVE = 'Any';

export interface ReleaseCells {
  move: string;
  delivery: string;
  trigger: string;
}

/**
 * Move: the move it is planned for (a triggered card's earliest move, "Any" when it
 * has none); Trigger condition: the condition as JSON.
 */
export function formatRelease(release: ReleaseRule): ReleaseCells {
  switch (release.type) {
    case 'scheduled':
      return { move: String(release.move), delivery: DELIVERY_LABELS.scheduled, trigger: '' };
    case 'triggered':
      return {
        move: release.fromMove === undefined ? ANY_MOVE : String(release.fromMove),
        delivery: DELIVERY_LABELS.triggered,
        trigger: release.when === undefined ? '' : JSON.stringify(release.when),
      };
    case 'manual':
      return { move: ANY_MOVE, delivery: DELIVERY_LABELS.manual, trigger: '' };
  }
}

export interface CellProblem {
  column: MselColumnKey;
  message: string;
}

/**
 * The release rule the three cells describe. The condition stays unchecked JSON
 * here: the card's schema says what is wrong inside it, with its path.
 */
export function parseRelease(
  cells: ReleaseCells,
): { ok: true; value: Record<string, unknown> } | { ok: false; problems: CellProblem[] } {
  const accepted = Object.values(DELIVERY_LABELS)
    .map((label) => `"${label}"`)
    .join(', ');
  const delivery = cells.delivery.trim();
  const type = DELIVERY_WORDS[delivery.toLowerCase().replace(/\s+/g, ' ')];
  if (type === undefined) {
    const found = delivery === '' ? 'empty' : `unknown delivery "${delivery}"`;
    return {
      ok: false,
      problems: [{ column: 'delivery', message: `${found}; expected ${accepted}` }],
    };
  }
  const problems: CellProblem[] = [];
  const written = cells.move.trim();
  const anyMove = written === '' || written.toLowerCase() === ANY_MOVE.toLowerCase();
  const trigger = cells.trigger.trim();
  if (type !== 'triggered' && trigger !== '') {
    problems.push({
      column: 'trigger',
      message: `only a "${DELIVERY_LABELS.triggered}" card has a trigger condition; this one is "${DELIVERY_LABELS[type]}" (empty the cell or change the delivery)`,
    });
  }
  if (type === 'manual' && !anyMove) {
    problems.push({
      column: 'move',
      message: `a card delivered "${DELIVERY_LABELS.manual}" is released by hand at any move; write "${ANY_MOVE}" or leave the cell empty`,
    });
  }
  let moveNumber: number | undefined;
  if (type === 'scheduled' || (type === 'triggered' && !anyMove)) {
    const what =
      type === 'scheduled'
        ? 'the move that releases a scheduled card'
        : `the earliest move it may be triggered, or "${ANY_MOVE}"`;
    const number = parseWholeNumber(written, 0, what);
    if (number.ok) moveNumber = number.value;
    else problems.push({ column: 'move', message: number.message });
  }
  let when: unknown;
  if (type === 'triggered' && trigger !== '') {
    try {
      when = JSON.parse(trigger);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({
        column: 'trigger',
        message: `not valid JSON (${reason}); expected a condition such as {"type":"track","track":"escalation","atLeast":4}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (type === 'scheduled') return { ok: true, value: { type, move: moveNumber } };
  if (type === 'manual') return { ok: true, value: { type } };
  return {
    ok: true,
    value: {
      type,
      ...(moveNumber === undefined ? {} : { fromMove: moveNumber }),
      ...(when === undefined ? {} : { when }),
    },
  };
}
