/** Reads a registration list (.xlsx or .csv) as rows of text, refusing files too large to read safely. */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Failed, SheetTable } from '../../../shared/ipc.ts';
import type { Problem } from '../../../shared/problems.ts';
import { readBytes, type ReadProgress } from '../read-bytes.ts';
import { megabytes, TABLE_LIMITS, type TableLimits } from './limits.ts';
import { readCsv, type CsvRefusal } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { checkZipBudget } from './zip-budget.ts';
import { declaredUnzippedBytes } from './zip-sizes.ts';

export type ReadTable = { ok: true; table: SheetTable } | Failed;

const failed = (problem: Problem): Failed => ({ status: 'failed', problems: [problem] });

/** A sheet beyond the row, column or cell limits, refused with what was found and the limit. */
function refusal(shape: CsvRefusal, file: string, limits: TableLimits): Failed | null {
  if ('tooManyRows' in shape) return failed({ code: 'participants:read.tooManyRows', file, params: { rows: shape.tooManyRows, limit: limits.maxRows } });
  if ('tooManyColumns' in shape) {
    const { row, columns } = shape.tooManyColumns;
    return failed({ code: 'files:workbook.tooManyColumns', file, row, params: { row, columns, limit: limits.maxColumns } });
  }
  if ('tooManyCells' in shape) return failed({ code: 'files:workbook.tooManyCells', file, params: { limit: limits.maxCells } });
  return null;
}

export async function readTableFile(path: string, limits: TableLimits = TABLE_LIMITS, onProgress?: ReadProgress): Promise<ReadTable> {
  const file = basename(path);
  const extension = extname(path).toLowerCase();
  const kind = extension === '.xlsx' || extension === '.xlsm' ? 'xlsx' : ['.csv', '.tsv', '.txt'].includes(extension) ? 'csv' : null;
  if (extension === '.xls') return failed({ code: 'participants:read.oldExcel', file });
  if (!kind) return failed({ code: 'participants:read.unsupported', file, params: { extension: extension || file } });
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > limits.maxFileBytes) {
      return failed({ code: 'participants:read.tooLarge', file, params: { size: megabytes(size), limit: megabytes(limits.maxFileBytes) } });
    }
    bytes = await readBytes(path, onProgress);
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code ?? String(error);
    if (message === 'ENOENT') return failed({ code: 'participants:read.notFound', file });
    return failed({ code: 'participants:read.unreadable', file, params: { message } });
  }
  return readTable(bytes, file, kind, limits);
}

/** A list's bytes as rows of text, or the refusal that says why not; `file` names it in messages. */
export async function readTable(bytes: Buffer, file: string, kind: 'csv' | 'xlsx', limits: TableLimits = TABLE_LIMITS): Promise<ReadTable> {
  if (bytes.length === 0) return failed({ code: 'participants:read.empty', file });
  if (kind === 'csv') {
    const csv = readCsv(bytes, limits);
    if (!('rows' in csv)) return refusal(csv, file, limits)!;
    if (csv.rows.length > limits.maxRows) return failed({ code: 'participants:read.tooManyRows', file, params: { rows: csv.rows.length, limit: limits.maxRows } });
    const sheetName = basename(file, extname(file));
    return { ok: true, table: { fileName: file, sheetName, rows: csv.rows, encoding: csv.encoding, separator: csv.separator } };
  }

  // Checked before exceljs unpacks anything: it holds every unpacked part in memory, with no cap of its own.
  const unzipped = declaredUnzippedBytes(bytes);
  if (unzipped === null) return failed({ code: 'participants:read.notWorkbook', file });
  if (unzipped > limits.maxUnzippedBytes) {
    return failed({ code: 'participants:read.unzippedTooLarge', file, params: { size: megabytes(unzipped), limit: megabytes(limits.maxUnzippedBytes) } });
  }
  // The headers may lie: the parts are inflated once, counted, before exceljs sees them.
  const budget = await checkZipBudget(bytes, limits);
  if (!budget.ok) return failed({ code: budget.code, file, ...(budget.params ? { params: budget.params } : {}) });
  const sheet = await readXlsx(bytes, limits);
  if (sheet === null) return failed({ code: 'participants:read.notWorkbook', file });
  if (!('rows' in sheet)) return refusal(sheet, file, limits)!;
  if (sheet.rows.length === 0) return failed({ code: 'participants:read.empty', file });
  return { ok: true, table: { fileName: file, sheetName: sheet.sheetName, rows: sheet.rows, ...(sheet.formulaCells.length > 0 ? { formulaCells: sheet.formulaCells } : {}) } };
}
