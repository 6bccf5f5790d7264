import type { InjectCard, Scenario } from '@borderline/shared';
import { cardFromRow } from './card-from-row';
import type { RowCard } from './card-from-row';
import { headerOf } from './msel-columns';
import { sortMselErrors } from './msel-error';
import type { MselError } from './msel-error';
import { readMselTable } from './read-msel-table';
import { teamLabels } from './team-labels';

export type MselImport =
  | {
      ok: true;
      /** The cards, ordered by their "MSEL #". */
      injects: InjectCard[];
      /** The spreadsheet row of each card, in the same order (for the checker's messages). */
      rows: number[];
      /** Headers Borderline does not read, left out of the cards. */
      ignoredColumns: string[];
    }
  | { ok: false; errors: MselError[] };

/**
 * Reads an events list into inject cards for `scenario` (whose teams the "To" and
 * team-line cells name). Pure: checking the cards against the rest of the scenario,
 * and writing them, is `importMselIntoScenario`'s job.
 */
export function importMsel(csvText: string, scenario: Scenario): MselImport {
  const table = readMselTable(csvText);
  if (!table.ok) return table;
  const labels = teamLabels(scenario);
  const cards = table.rows.map((row) => cardFromRow(row, labels));
  const errors = [
    ...cards.flatMap((card) => card.errors),
    ...duplicates(cards, 'number', (card) => card.number),
    ...duplicates(cards, 'id', (card) => card.id),
  ];
  if (errors.length > 0) return { ok: false, errors: sortMselErrors(errors) };
  const ordered = [...cards].sort((first, second) => (first.number ?? 0) - (second.number ?? 0));
  return {
    ok: true,
    injects: ordered.flatMap((card) => (card.card === undefined ? [] : [card.card])),
    rows: ordered.map((card) => card.row),
    ignoredColumns: table.ignoredColumns,
  };
}

/** A number or id used by an earlier row is an error on each later row. */
function duplicates(
  cards: RowCard[],
  column: 'number' | 'id',
  valueOf: (card: RowCard) => number | string | undefined,
): MselError[] {
  const firstRow = new Map<number | string, number>();
  return cards.flatMap((card): MselError[] => {
    const value = valueOf(card);
    if (value === undefined) return [];
    const first = firstRow.get(value);
    if (first === undefined) {
      firstRow.set(value, card.row);
      return [];
    }
    const what = column === 'number' ? `MSEL number ${value}` : `inject id "${value}"`;
    return [
      {
        row: card.row,
        column: headerOf(column),
        message: `duplicate ${what} (already used on row ${first})`,
      },
    ];
  });
}
