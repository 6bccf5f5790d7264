import { parse } from 'csv-parse/sync';
import { restoreFormula } from '@borderline/shared';
import { MSEL_COLUMNS, normaliseHeader } from './msel-columns';
import type { MselColumnKey } from './msel-columns';
import type { MselError } from './msel-error';

/** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
export interface MselRow {
  row: number;
  cells: Map<MselColumnKey, string>;
}

export type MselTable =
  { ok: true; rows: MselRow[]; ignoredColumns: string[] } | { ok: false; errors: MselError[] };

/**
 * Reads the CSV as spreadsheets write it (a byte order mark, CRLF or LF, quoted
 * cells holding commas and line breaks) and finds each known column by its header,
 * wherever it stands. Columns Borderline does not know (a programme's "Notes") are
 * left out and listed; blank rows are skipped.
 */
export function readMselTable(text: string): MselTable {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ message: `the file is not valid CSV: ${reason}` }] };
  }
  const [header, ...body] = records;
  if (header === undefined || isBlank(header)) {
    const expected = MSEL_COLUMNS.map((column) => column.header).join(', ');
    return {
      ok: false,
      errors: [
        { message: `the file is empty; expected a header row naming the columns (${expected})` },
      ],
    };
  }
  const positions = new Map<MselColumnKey, number>();
  const ignoredColumns: string[] = [];
  const errors: MselError[] = [];
  header.forEach((cell, position) => {
    const column = MSEL_COLUMNS.find(
      (candidate) => normaliseHeader(candidate.header) === normaliseHeader(cell),
    );
    if (column === undefined) {
      if (cell.trim() !== '') ignoredColumns.push(cell.trim());
      return;
    }
    const first = positions.get(column.key);
    if (first !== undefined) {
      errors.push({
        row: 1,
        column: column.header,
        message: `appears twice (columns ${first + 1} and ${position + 1}); keep one`,
      });
      return;
    }
    positions.set(column.key, position);
  });
  for (const column of MSEL_COLUMNS) {
    if (column.required && !positions.has(column.key)) {
      errors.push({
        row: 1,
        column: column.header,
        message: `missing from the header; an imported MSEL needs every standard column and Borderline's ${requiredBorderline()}`,
      });
    }
  }
  const rows: MselRow[] = [];
  body.forEach((record, index) => {
    const row = index + 2;
    if (isBlank(record)) return;
    if (record.length > header.length && !isBlank(record.slice(header.length))) {
      errors.push({
        row,
        message: `has ${record.length} cells but the header has ${header.length} columns (a comma in a cell that is not quoted?)`,
      });
      return;
    }
    const cells = new Map<MselColumnKey, string>();
    // Line breaks inside a cell come back as CRLF from some spreadsheets; the card keeps LF.
    // A cell the export neutralised as a formula comes back as it was written.
    for (const [key, position] of positions)
      cells.set(key, restoreFormula(record[position] ?? '').replace(/\r\n?/g, '\n'));
    rows.push({ row, cells });
  });
  if (errors.length === 0 && rows.length === 0) {
    errors.push({
      message: 'no inject rows after the header; a scenario needs at least one inject card',
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows, ignoredColumns };
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function requiredBorderline(): string {
  return MSEL_COLUMNS.filter((column) => !column.standard && column.required)
    .map((column) => `"${column.header}"`)
    .join(', ');
}
