import { describe, expect, it } from 'vitest';
import { exportMsel, importMsel } from '../../../../scenarios/src/msel';
import {
  columnIndex,
  editedExport,
  firstScenario,
  importErrors,
  readCsv,
  setCell,
  spreadsheetRow,
  writeCsv,
} from './msel-support';

/** The errors of the export with one cell of one card changed, and that card's row. */
function cellErrors(id: string, header: string, value: string): { row: number; errors: string[] } {
  let row = 0;
  const csv = editedExport((table) => {
    row = spreadsheetRow(table, id);
    setCell(table, id, header, value);
  });
  return { row, errors: importErrors(csv) };
}

const TEAMS = '"All teams", "Washington", "Mexico City" or "The Cartels" (a team\'s name or id)';
const KINDS = '"News", "Intelligence brief", "Leak", "Cable", "Statement"';

describe('importMsel errors name the row and the column', () => {
  it('an unknown team in "To"', () => {
    const { row, errors } = cellErrors('tariff-shock', 'To', 'Washington; Mexico');
    expect(errors).toEqual([`row ${row}, column "To": unknown team "Mexico" (expected ${TEAMS})`]);
  });

  it('an unknown team in a question line, and a line with no team', () => {
    const unknown = cellErrors('tariff-shock', 'Questions', 'Ottawa: What now?');
    expect(unknown.errors).toEqual([
      `row ${unknown.row}, column "Questions": line 1: unknown team "Ottawa" (expected ${TEAMS})`,
    ]);
    const bare = cellErrors('tariff-shock', 'Expected player actions', 'Raise tariffs again');
    expect(bare.errors).toEqual([
      `row ${bare.row}, column "Expected player actions": line 1 "Raise tariffs again" does not start with a team; write one "Team: text" line per entry, the team being ${TEAMS}`,
    ]);
  });

  it('Spanish lines that do not match the English ones', () => {
    const { row, errors } = cellErrors(
      'trust-breaking-point',
      'Questions (es)',
      'Washington: ¿Qué?',
    );
    expect(errors).toEqual([
      `row ${row}, column "Questions (es)": has 1 entries but the English column has 2; write one "Team: texto" line per English entry, in the same order`,
    ]);
  });

  it('bad JSON in "Trigger condition"', () => {
    const { row, errors } = cellErrors('tariff-shock', 'Trigger condition', '{type: track}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^row ${row}, column "Trigger condition": not valid JSON \\(.+\\); expected a condition such as \\{"type":"track","track":"escalation","atLeast":4\\}$`,
      ),
    );
  });

  it('an unknown kind, and an empty one', () => {
    const { row, errors } = cellErrors('tariff-shock', 'Kind', 'Memo');
    expect(errors).toEqual([
      `row ${row}, column "Kind": unknown kind "Memo" (expected one of ${KINDS})`,
    ]);
    expect(cellErrors('tariff-shock', 'Kind', ' ').errors).toEqual([
      `row ${row}, column "Kind": empty; expected one of ${KINDS}`,
    ]);
  });

  it('a missing title', () => {
    const { row, errors } = cellErrors('navy-capture', 'Title', '');
    expect(errors).toEqual([
      `row ${row}, column "Title": empty; every card needs an English title`,
    ]);
  });

  it('a source line that is not a positive whole number', () => {
    for (const value of ['0', '-3', '12.5', 'line 12', '']) {
      const { row, errors } = cellErrors('navy-capture', 'Source line', value);
      const found = value === '' ? 'an empty cell' : `"${value}"`;
      expect(errors).toEqual([
        `row ${row}, column "Source line": expected a positive whole number (the line of the article the card cites), found ${found}`,
      ]);
    }
  });

  it('a duplicate MSEL number and a duplicate inject id, on the later row', () => {
    const table = readCsv(exportMsel(firstScenario()));
    const number = columnIndex(table, 'MSEL #');
    const id = columnIndex(table, 'Inject id');
    const fifth = table[5] ?? [];
    const ninth = table[9] ?? [];
    ninth[number] = fifth[number] ?? '';
    (table[12] ?? [])[id] = table[3]?.[id] ?? '';
    expect(importErrors(writeCsv(table))).toEqual([
      'row 10, column "MSEL #": duplicate MSEL number 5 (already used on row 6)',
      `row 13, column "Inject id": duplicate inject id "${table[3]?.[id]}" (already used on row 4)`,
    ]);
    expect(cellErrors('navy-capture', 'MSEL #', 'seven').errors[0]).toMatch(
      /column "MSEL #": expected a positive whole number \(the card's place in the list\), found "seven"$/,
    );
  });

  it('a card failing the InjectCard schema, with the field’s path', () => {
    const date = cellErrors('navy-capture', 'In-world time', '15/01/2026');
    expect(date.errors).toEqual([
      `row ${date.row}, column "In-world time": expected an in-world date such as "2026-01-15" or "2026-03" (card field date)`,
    ]);
    const id = cellErrors('navy-capture', 'Inject id', 'Navy Capture');
    expect(id.errors).toEqual([
      `row ${id.row}, column "Inject id": expected a kebab-case id such as "joint-operations" (card field id)`,
    ]);
    const condition = cellErrors(
      'navy-capture',
      'Trigger condition',
      '{"type":"all","of":[{"type":"trak"}]}',
    );
    expect(condition.errors).toEqual([
      `row ${condition.row}, column "Trigger condition": expected one of "always", "track", "action", "inject", "move", "all", "any", "not" (card field release.when.of[0].type)`,
    ]);
    const bounds = cellErrors(
      'navy-capture',
      'Trigger condition',
      '{"type":"track","track":"escalation","atLeast":"4"}',
    );
    expect(bounds.errors).toEqual([
      `row ${bounds.row}, column "Trigger condition": expected number, received string (card field release.when.atLeast)`,
    ]);
    let row = 0;
    const noQuestions = editedExport((table) => {
      row = spreadsheetRow(table, 'navy-capture');
      setCell(table, 'navy-capture', 'Questions', '');
      setCell(table, 'navy-capture', 'Questions (es)', '');
    });
    expect(importErrors(noQuestions)).toEqual([
      `row ${row}, column "Questions": expected at least one discussion question (card field questions)`,
    ]);
    const emptyText = editedExport((table) => {
      setCell(table, 'navy-capture', 'Expected player actions', 'Washington:');
      setCell(table, 'navy-capture', 'Expected player actions (es)', '');
      row = spreadsheetRow(table, 'navy-capture');
    });
    expect(importErrors(emptyText)).toEqual([
      `row ${row}, column "Expected player actions": expected non-empty text (card field expectedActions[0].text.en)`,
    ]);
  });

  it('delivery, move and effects that do not fit together', () => {
    const delivery = cellErrors('visas-revoked', 'Delivery', 'At once');
    expect(delivery.errors).toEqual([
      `row ${delivery.row}, column "Delivery": unknown delivery "At once"; expected "Scheduled", "Triggered", "By Control"`,
    ]);
    const move = cellErrors('visas-revoked', 'Move', 'Any');
    expect(move.errors).toEqual([
      `row ${move.row}, column "Move": expected a whole number from 0 (the move that releases a scheduled card), found "Any"`,
    ]);
    const trigger = cellErrors('visas-revoked', 'Trigger condition', '{"type":"always"}');
    expect(trigger.errors).toEqual([
      `row ${trigger.row}, column "Trigger condition": only a "Triggered" card has a trigger condition; this one is "Scheduled" (empty the cell or change the delivery)`,
    ]);
    const manual = cellErrors('overdose-figures', 'Move', '2');
    expect(manual.errors).toEqual([
      `row ${manual.row}, column "Move": a card delivered "By Control" is released by hand at any move; write "Any" or leave the cell empty`,
    ]);
    const effects = cellErrors('visas-revoked', 'Effects', 'escalation up');
    expect(effects.errors).toEqual([
      `row ${effects.row}, column "Effects": "escalation up" is not an effect; write "<track> +N", "<track> -N" or "<track> = N" (e.g. "escalation +1"), separated by ";"`,
    ]);
  });

  it('lists every problem of a file at once, in row order', () => {
    let row = 0;
    const csv = editedExport((table) => {
      row = spreadsheetRow(table, 'navy-capture');
      setCell(table, 'navy-capture', 'Kind', 'Memo');
      setCell(table, 'six-cartels-designated', 'To', 'Nobody');
      setCell(table, 'navy-capture', 'Title', '');
    });
    const errors = importErrors(csv);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^row 2, column "To": unknown team "Nobody"/);
    expect(errors.slice(1).map((error) => error.split(':')[0])).toEqual([
      `row ${row}, column "Title"`,
      `row ${row}, column "Kind"`,
    ]);
  });
});

describe('importMsel errors about the file itself', () => {
  it('a header missing a column, or naming one twice', () => {
    const table = readCsv(exportMsel(firstScenario()));
    const title = columnIndex(table, 'Title');
    const missing = table.map((row) => row.filter((_, index) => index !== title));
    expect(importErrors(writeCsv(missing))).toEqual([
      'row 1, column "Title": missing from the header; an imported MSEL needs every standard column and Borderline\'s "Inject id", "Excerpt", "Questions", "Objectives"',
    ]);
    const twice = table.map((row, index) => [...row, index === 0 ? 'title' : '']);
    expect(importErrors(writeCsv(twice))).toEqual([
      'row 1, column "Title": appears twice (columns 4 and 27); keep one',
    ]);
  });

  it('text that is not CSV, an empty file, a header with no rows, a row with too many cells', () => {
    const [header = ''] = exportMsel(firstScenario()).split('\r\n');
    expect(importErrors(`${header}\r\n1,"unclosed,2\r\n`)[0]).toMatch(
      /^the file is not valid CSV: .*quote/i,
    );
    expect(importErrors('')[0]).toMatch(
      /^the file is empty; expected a header row naming the columns \(MSEL #, Move, /,
    );
    expect(importErrors(`\uFEFF${header}\r\n,,,\r\n`)).toEqual([
      'no inject rows after the header; a scenario needs at least one inject card',
    ]);
    const csv = editedExport((table) => table[4]?.push('stray'));
    expect(importErrors(csv)).toEqual([
      'row 5: has 27 cells but the header has 26 columns (a comma in a cell that is not quoted?)',
    ]);
  });

  it('does not throw on any truncation of a valid file', () => {
    const csv = exportMsel(firstScenario());
    for (const length of [1, 40, 500, 2_000, 9_000, csv.length - 3]) {
      expect(() => importMsel(csv.slice(0, length), firstScenario())).not.toThrow();
    }
  });
});
