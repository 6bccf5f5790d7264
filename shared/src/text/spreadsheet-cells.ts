/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return as a formula (CSV injection); apostrophes before it are
 * counted in, so that a cell which already starts with one survives the
 * round trip.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would take for a formula, prefixed with an apostrophe
 * (which spreadsheets read as "this is text" and do not show), so a student
 * named "=HYPERLINK(...)" or an effect written "-10" stays text when opened.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before `neutraliseFormula`: what an import reads back. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
