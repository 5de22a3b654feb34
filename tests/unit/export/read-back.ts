/** Test helpers: export into a fresh temp folder, then open each workbook again with exceljs, as a venue would. */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../../shared/i18n/languages.ts';
import { WORKBOOKS, type WorkbookId } from '../../../shared/exports/workbook-ids.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { exportWorkbooks } from '../../../main/services/export/index.ts';

export interface Exported {
  readonly folder: string;
  readonly files: string[];
  readonly books: Map<WorkbookId, ExcelJS.Workbook>;
}

export async function exportAndRead(project: Project, language: Language, only: readonly WorkbookId[] = WORKBOOKS): Promise<Exported> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-export-'));
  const files = await exportWorkbooks(project, only, language, folder);
  const books = new Map<WorkbookId, ExcelJS.Workbook>();
  const xlsx = files.filter((f) => f.endsWith('.xlsx'));
  for (const [i, id] of WORKBOOKS.filter((w) => only.includes(w)).entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(join(folder, xlsx[i]!))) as unknown as ArrayBuffer);
    books.set(id, wb);
  }
  return { folder, files, books };
}

/** A sheet's rows as plain values, from `from` (1-based) on. */
export function rowsOf(ws: ExcelJS.Worksheet, from = 1): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) values.push(row.getCell(c).value);
    rows.push(values);
  }
  return rows;
}

export const sheet = (wb: ExcelJS.Workbook | undefined, name: string): ExcelJS.Worksheet => {
  const ws = wb?.getWorksheet(name);
  if (!ws) throw new Error(`no sheet named "${name}"; sheets: ${wb?.worksheets.map((w) => w.name).join(', ')}`);
  return ws;
};
