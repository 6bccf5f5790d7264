import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Scenario } from '@borderline/shared';
import { loadScenario, scenariosRoot } from '@borderline/scenarios';
import { exportMsel, formatMselError, importMsel } from '../../../../scenarios/src/msel';

export const FIRST_SCENARIO_DIR = path.join(scenariosRoot, 'us-mexico-2026');

let loaded: Scenario | undefined;

/** The first scenario, loaded once per test file. */
export function firstScenario(): Scenario {
  loaded ??= loadScenario(FIRST_SCENARIO_DIR);
  return loaded;
}

/** The CSV as a table: the header row first, every cell a string. */
export function readCsv(text: string): string[][] {
  return parse(text, { bom: true });
}

export function writeCsv(table: string[][]): string {
  return stringify(table, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** The first scenario's export with `edit` applied to its table (header at index 0). */
export function editedExport(edit: (table: string[][]) => void): string {
  const table = readCsv(exportMsel(firstScenario()));
  edit(table);
  return writeCsv(table);
}

/** Sets one cell, found by its header and the card's id; fails loudly if either is missing. */
export function setCell(table: string[][], id: string, header: string, value: string): void {
  const row = rowOf(table, id);
  row[columnIndex(table, header)] = value;
}

export function cellOf(table: string[][], id: string, header: string): string {
  return rowOf(table, id)[columnIndex(table, header)] ?? '';
}

export function columnIndex(table: string[][], header: string): number {
  const index = table[0]?.indexOf(header) ?? -1;
  if (index === -1) throw new Error(`no column "${header}" in the header`);
  return index;
}

/** The spreadsheet row number (header = 1) of a card's row. */
export function spreadsheetRow(table: string[][], id: string): number {
  return table.indexOf(rowOf(table, id)) + 1;
}

function rowOf(table: string[][], id: string): string[] {
  const idColumn = columnIndex(table, 'Inject id');
  const row = table.find((cells) => cells[idColumn] === id);
  if (row === undefined) throw new Error(`no row for inject "${id}"`);
  return row;
}

/** The formatted errors of importing `csv` into the first scenario (failing if it imports). */
export function importErrors(csv: string): string[] {
  const result = importMsel(csv, firstScenario());
  if (result.ok) throw new Error('expected the import to fail, but it succeeded');
  return result.errors.map(formatMselError);
}

const temporary: string[] = [];

/** A fresh temporary folder, removed by `removeScenarioCopies`. */
export function temporaryFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'borderline-msel-test-'));
  temporary.push(dir);
  return dir;
}

/** A copy of the first scenario's folder in a fresh temporary folder: imports write only there. */
export function scenarioCopy(): string {
  const parent = temporaryFolder();
  const dir = path.join(parent, 'us-mexico-2026');
  cpSync(FIRST_SCENARIO_DIR, dir, { recursive: true });
  return dir;
}

export function removeScenarioCopies(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}
