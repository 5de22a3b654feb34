/** What an import tells the organiser, row by row: a Problem with how much it matters. */
import type { Problem } from '../problems.ts';

/** error: the row is not imported; warning: imported, worth a look; info: what was done (skipped, merged, changed). */
export type NoteLevel = 'error' | 'warning' | 'info';

export interface ImportNote extends Problem {
  readonly level: NoteLevel;
}

/** The column as the spreadsheet labels it: A, B, … Z, AA … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A column's name in messages: its header, or its letter when the header cell is empty. */
export const columnName = (headers: readonly string[], index: number): string =>
  headers[index]?.trim() || columnLetter(index);
