/** First look at a file: where its header is, and a first mapping (the saved one that fits best, else guesses). */
import type { Project } from '../model/schema.ts';
import { findHeaderRow } from './header-row.ts';
import { bestSavedMapping, guessTargets, targetsFromMapping, type ColumnTargets } from './mapping.ts';

export interface PreparedImport {
  /** Index in the table's rows (spreadsheet row headerIndex + 1); -1 when the sheet is empty. */
  readonly headerIndex: number;
  readonly headers: readonly string[];
  readonly targets: ColumnTargets;
  /** The saved mapping reused, if one fits. */
  readonly mappingName: string | null;
}

export function prepareImport(project: Project, rows: readonly (readonly string[])[]): PreparedImport {
  const options = project.event.registrationOptions;
  const headerIndex = findHeaderRow(rows, options);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const headerCells = headerIndex >= 0 ? rows[headerIndex]! : [];
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
  const saved = bestSavedMapping(headers, project.settings.importMappings);
  const targets = saved ? targetsFromMapping(headers, saved, options) : guessTargets(headers, options);
  return { headerIndex, headers, targets, mappingName: saved?.name ?? null };
}
