/** Finds the header row of a registration list, even below a title line, and the lines that carry no person. */
import type { RegistrationOption } from '../model/schema.ts';
import { fold } from '../model/fold.ts';
import { knownHeaderCount } from './mapping.ts';

/** How far down a header row is looked for (and can be chosen): titles, notes and summaries above it fit in this. */
export const HEADER_SEARCH_ROWS = 200;

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

const filledCount = (cells: readonly string[]): number => cells.filter((cell) => cell.trim() !== '').length;

/** "Total", "TOTAL :", "Total général", "Sous-total", "Totaux" in the first filled cell. */
export function isTotalRow(cells: readonly string[]): boolean {
  const first = cells.find((cell) => cell.trim() !== '');
  if (first === undefined) return false;
  const words = fold(first);
  return /^(sous )?(total|totaux|sum|grand total)( |$)/.test(words);
}

/**
 * The index of the header row: the row among the first lines with the most cells that read as known headers;
 * when none does, the first row with the most filled cells. -1 for an empty sheet.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], options: readonly RegistrationOption[]): number {
  return findHeaderRowBy(rows, (cells) => knownHeaderCount(cells, options));
}

/** The same search for any list (posters…), given how many cells of a row read as that list's known headers. */
export function findHeaderRowBy(rows: readonly (readonly string[])[], knownCount: (cells: readonly string[]) => number): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestKnown = 0;
  for (let i = 0; i < limit; i++) {
    const known = knownCount(rows[i]!);
    if (known > bestKnown) {
      best = i;
      bestKnown = known;
    }
  }
  if (best >= 0 && bestKnown >= 2) return best;
  let widest = -1;
  let widestCount = 0;
  for (let i = 0; i < limit; i++) {
    const count = filledCount(rows[i]!);
    if (count > widestCount) {
      widest = i;
      widestCount = count;
    }
  }
  return widest;
}
