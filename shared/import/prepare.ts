/** First look at a file: where its header is, and a first mapping (the saved one that fits best, else guesses). */
import type { ImportMapping, RegistrationOption } from '../model/schema.ts';
import { findHeaderRow } from './header-row.ts';
import { bestSavedMapping, guessTargets, targetsFromMapping, type ColumnTargets } from './mapping.ts';

/** What of the project a first look needs: small enough to send to the worker that reads the file. */
export interface ImportContext {
  readonly event: { readonly registrationOptions: readonly RegistrationOption[] };
  readonly settings: { readonly importMappings: readonly ImportMapping[] };
}

export interface PreparedImport {
  /** Index in the table's rows (spreadsheet row headerIndex + 1); -1 when the sheet is empty. */
  readonly headerIndex: number;
  readonly headers: readonly string[];
  readonly targets: ColumnTargets;
  /** The saved mapping reused, if one fits. */
  readonly mappingName: string | null;
}

/** `headerIndex`: the row the organiser chose as the header; found in the first rows when not given. */
export function prepareImport(context: ImportContext, rows: readonly (readonly string[])[], headerIndex?: number): PreparedImport {
  const options = context.event.registrationOptions;
  const header = headerIndex ?? findHeaderRow(rows, options);
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  const headerCells = header >= 0 ? (rows[header] ?? []) : [];
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
  const saved = bestSavedMapping(headers, context.settings.importMappings);
  const targets = saved ? targetsFromMapping(headers, saved, options) : guessTargets(headers, options);
  return { headerIndex: header, headers, targets, mappingName: saved?.name ?? null };
}
