/** Reads a registration list (.xlsx or .csv) as rows of text, refusing files too large to read safely. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Failed, SheetTable } from '../../../shared/ipc.ts';
import type { Problem } from '../../../shared/problems.ts';
import { megabytes, TABLE_LIMITS, type TableLimits } from './limits.ts';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { declaredUnzippedBytes } from './zip-sizes.ts';

export type ReadTable = { ok: true; table: SheetTable } | Failed;

const failed = (problem: Problem): Failed => ({ status: 'failed', problems: [problem] });

export async function readTableFile(path: string, limits: TableLimits = TABLE_LIMITS): Promise<ReadTable> {
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
    bytes = await readFile(path);
  } catch (error) {
    const message = (error as NodeJS.ErrnoException).code ?? String(error);
    if (message === 'ENOENT') return failed({ code: 'participants:read.notFound', file });
    return failed({ code: 'participants:read.unreadable', file, params: { message } });
  }
  if (bytes.length === 0) return failed({ code: 'participants:read.empty', file });

  if (kind === 'csv') {
    const csv = readCsv(bytes);
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
  const sheet = await readXlsx(bytes, limits.maxRows);
  if (sheet === null) return failed({ code: 'participants:read.notWorkbook', file });
  if ('tooManyRows' in sheet) return failed({ code: 'participants:read.tooManyRows', file, params: { rows: sheet.tooManyRows, limit: limits.maxRows } });
  if (sheet.rows.length === 0) return failed({ code: 'participants:read.empty', file });
  return { ok: true, table: { fileName: file, sheetName: sheet.sheetName, rows: sheet.rows, ...(sheet.formulaCells.length > 0 ? { formulaCells: sheet.formulaCells } : {}) } };
}
