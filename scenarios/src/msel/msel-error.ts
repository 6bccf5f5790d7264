/**
 * What is wrong with an imported MSEL, placed where a spreadsheet user looks:
 * the row (the header is row 1, as a spreadsheet numbers it) and the column's header.
 */
export interface MselError {
  row?: number;
  column?: string;
  message: string;
}

/** `row 5, column "Kind": unknown kind "memo" (...)`; a scenario-wide error has no place. */
export function formatMselError(error: MselError): string {
  const place = [
    error.row === undefined ? undefined : `row ${error.row}`,
    error.column === undefined ? undefined : `column "${error.column}"`,
  ].filter((part) => part !== undefined);
  return place.length === 0 ? error.message : `${place.join(', ')}: ${error.message}`;
}

/** Reading order: file-wide errors first, then by row. */
export function sortMselErrors(errors: MselError[]): MselError[] {
  return [...errors].sort((first, second) => (first.row ?? 0) - (second.row ?? 0));
}

/** A parsed cell, or what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const invalid = <T>(message: string): Parsed<T> => ({ ok: false, message });
