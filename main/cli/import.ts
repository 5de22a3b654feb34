/** `regie import <project> <file> [--mapping m.json] [--out <project>] [--report r.csv] [--remove-missing]`. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { spreadsheetCsv } from '../../shared/exports/csv.ts';
import { applyEdit } from '../../shared/edits/index.ts';
import { describeProblem } from '../../shared/i18n/index.ts';
import { planChanges, previewImport, prepareImport, reportRows, sortNotes, targetsFromMapping } from '../../shared/import/index.ts';
import { importMappingSchema, type ImportMapping } from '../../shared/model/schema.ts';
import { writeFileAtomic } from '../services/atomic-write.ts';
import { writeProjectFile } from '../services/project-files.ts';
import { writeProblem } from '../services/write-problem.ts';
import type { CliCommand, CliIO } from './io.ts';
import { readTableForCli } from './read-untrusted.ts';
import { openForCli, parseCli } from './validate.ts';
import { keyOf } from '../../shared/i18n/typed-keys.ts';

const MISSING_SHOWN = 10;

async function readMapping(file: string, io: CliIO): Promise<ImportMapping | null> {
  try {
    const parsed = importMappingSchema.safeParse(JSON.parse(await readFile(resolve(io.cwd, file), 'utf8')));
    if (parsed.success) return parsed.data;
    io.err(io.t('participants:cli.mappingUnreadable', { file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }));
  } catch (error) {
    const message = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
    io.err(io.t('participants:cli.mappingUnreadable', { file, message }));
  }
  return null;
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli(
    {
      allowPositionals: true,
      options: { mapping: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' }, 'remove-missing': { type: 'boolean' } },
    },
    args,
    io,
    'participants:cli.usage',
  );
  if (!parsed) return 2;
  const [projectFile, listFile, ...extra] = parsed.positionals;
  if (projectFile === undefined || listFile === undefined || extra.length > 0) {
    io.err(io.t('participants:cli.usage'));
    return 2;
  }
  const opened = await openForCli(projectFile, io);
  if (typeof opened === 'number') return opened;
  const { project } = opened;

  const read = await readTableForCli(listFile, io);
  if (!('ok' in read)) {
    for (const problem of read.problems) io.err(describeProblem(io.t, { ...problem, file: listFile }));
    return 2;
  }
  const { table } = read;
  const prepared = prepareImport(project, table.rows);
  if (prepared.headerIndex < 0) {
    io.err(describeProblem(io.t, { code: 'participants:import.noHeader', file: listFile }));
    return 1;
  }
  let targets = prepared.targets;
  let mapping: ImportMapping | null = null;
  if (parsed.values.mapping !== undefined) {
    mapping = await readMapping(parsed.values.mapping, io);
    if (!mapping) return 2;
    targets = targetsFromMapping(prepared.headers, mapping, project.event.registrationOptions);
  }
  const plan = previewImport(project, table.rows, prepared.headerIndex, targets, { removeMissing: parsed.values['remove-missing'] ?? false, formulaCells: table.formulaCells ?? [] });
  const { summary } = plan;

  const separator = table.separator === '\t' ? 'tab' : (table.separator ?? '');
  const details = table.encoding ? `, ${io.t('participants:dialog.encoding', { encoding: table.encoding, separator })}` : '';
  io.out(io.t('participants:cli.read', { file: listFile, sheet: table.sheetName, row: prepared.headerIndex + 1, details }));
  const labelOf = (target: string) => {
    const option = project.event.registrationOptions.find((o) => `registration:${o.id}` === target);
    return option ? io.t('participants:fields.registration', { label: option.label }) : io.t(keyOf(`participants:fields.${target}`));
  };
  const columns = prepared.headers.flatMap((header, i) => (targets[i] ? [`${header} → ${labelOf(targets[i]!)}`] : []));
  io.out(io.t('participants:cli.mapping', { columns: columns.join(', ') }));
  io.out(io.t('participants:cli.rowsRead', { count: summary.rowsRead }));
  io.out(io.t('participants:cli.imported', { count: summary.added }));
  io.out(io.t('participants:cli.updated', { count: summary.updated }));
  io.out(io.t('participants:cli.unchanged', { count: summary.unchanged }));
  io.out(io.t('participants:cli.duplicates', { count: summary.duplicatesMerged }));
  io.out(io.t('participants:cli.rejected', { count: summary.rejected }));
  io.out(io.t('participants:cli.skipped', { count: summary.skipped }));
  io.out(io.t('participants:cli.missing', { count: summary.missing, removed: summary.removed }));
  // Rejections and warnings are what the organiser must act on; additions and changes go to the report.
  // People missing from a partial list can be hundreds: the first few show the point, the report has them all.
  const missing = plan.notes.filter((n) => n.code.includes(':import.missing'));
  const shown = new Set(missing.slice(0, MISSING_SHOWN));
  for (const note of sortNotes(plan.notes)) {
    if (note.level === 'info' || (missing.includes(note) && !shown.has(note))) continue;
    io.out(`  ${note.level === 'error' ? '✖' : '⚠'} ${describeProblem(io.t, note)}`);
  }
  if (missing.length > MISSING_SHOWN) io.out(`  ${io.t('participants:cli.moreMissing', { count: missing.length - MISSING_SHOWN })}`);
  const mappingProblems = plan.notes.some((n) => n.code.endsWith('NotMapped'));
  if (mappingProblems) io.err(io.t('participants:cli.nothingImported'));
  const changes = planChanges(project, plan);
  io.out(io.t(changes.length === 0 ? 'participants:report.noPlanChange' : 'participants:report.planChanges'));
  for (const conflict of changes) io.out(`  ${conflict.severity === 'error' ? '✖' : '⚠'} ${io.t(conflict.code, conflict.params)}`);

  if (parsed.values.report !== undefined) {
    const reportFile = parsed.values.report;
    const reportPath = resolve(io.cwd, reportFile);
    try {
      // A BOM, so Excel reads the accents of a French report right.
      await writeFileAtomic(reportPath, spreadsheetCsv(reportRows(io.t, summary, plan.notes, changes)));
    } catch (error) {
      io.err(describeProblem(io.t, writeProblem(error, reportPath, reportFile)));
      return 2;
    }
    io.out(io.t('participants:cli.reportWritten', { file: reportFile }));
  }
  if (parsed.values.out !== undefined && !mappingProblems) {
    const next = applyEdit(project, {
      type: 'participants/import',
      payload: { upserts: plan.upserts, removeIds: plan.removeIds, ...(mapping ? { mapping } : {}) },
    });
    const outPath = resolve(io.cwd, parsed.values.out);
    try {
      await writeProjectFile(outPath, next);
    } catch (error) {
      io.err(describeProblem(io.t, writeProblem(error, outPath, parsed.values.out)));
      return 2;
    }
    io.out(io.t('participants:cli.written', { file: parsed.values.out }));
  } else if (!mappingProblems) {
    io.out(io.t('participants:cli.notWritten'));
  }
  return summary.rejected > 0 || mappingProblems ? 1 : 0;
};
