/** `regie export <project> --out <dir> [--only timetable,rooms,…] [--lang fr|en]`: the venue workbooks, without the app. */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeProblem } from '../../shared/i18n/index.ts';
import { WORKBOOKS, type WorkbookId } from '../../shared/exports/workbook-ids.ts';
import { ExportFailed, exportWorkbooks } from '../services/export/index.ts';
import { writeProblem } from '../services/write-problem.ts';
import type { CliCommand } from './io.ts';
import { openForCli, parseCli } from './validate.ts';

const isWorkbook = (value: string): value is WorkbookId => (WORKBOOKS as readonly string[]).includes(value);

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli({ allowPositionals: true, options: { out: { type: 'string' }, only: { type: 'string' } } }, args, io, 'exports:cli.usage');
  const [file, ...extra] = parsed?.positionals ?? [];
  const out = parsed?.values.out;
  if (!parsed || file === undefined || extra.length > 0 || typeof out !== 'string' || out === '') {
    if (parsed) io.err(io.t('exports:cli.usage'));
    return 2;
  }
  const asked = typeof parsed.values.only === 'string' ? parsed.values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...WORKBOOKS];
  const unknown = asked.find((value) => !isWorkbook(value));
  if (unknown !== undefined || asked.length === 0) {
    io.err(io.t('exports:cli.unknownWorkbook', { value: unknown ?? '', workbooks: WORKBOOKS.join(',') }));
    return 2;
  }
  const opened = await openForCli(file, io);
  if (typeof opened === 'number') return opened;
  const folder = resolve(io.cwd, out);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    io.err(describeProblem(io.t, writeProblem(error, folder, out)));
    return 2;
  }
  try {
    const files = await exportWorkbooks(opened.project, asked.filter(isWorkbook), io.language, folder);
    for (const written of files) io.out(io.t('exports:cli.written', { file: written }));
    io.out(io.t('exports:cli.summary', { count: files.length, folder: out }));
    return 0;
  } catch (error) {
    if (!(error instanceof ExportFailed)) throw error;
    io.err(describeProblem(io.t, error.problem));
    return 1;
  }
};
