/** Importing a 10,000-row registration list: read + map + validate + merge into the reference event. */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readTableFile } from '../../main/services/import/read-table.ts';
import { applyEdit } from '../../shared/edits/index.ts';
import { planChanges, previewImport, prepareImport, type ImportPreview } from '../../shared/import/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import { sampleProject } from '../../shared/sample/index.ts';
import { generateEvent, LARGE_EVENT } from '../../shared/sample/generate.ts';
import type { BenchCase } from './types.ts';

const ROWS = 10_000;
const HEADER = ['Nom', 'Prénom', 'Courriel', 'Établissement', 'Statut', 'Téléphone', '14/10', '15/10', 'Soirée', 'Visite guidée', 'Atelier 2', 'Régime', 'Accompagné de'];
const AFFILIATIONS = ['Inria', 'Inserm', 'CNRS', 'Université de Lille', 'CHU de Bordeaux', 'Univ. Rennes'];
const YES = ['Oui', 'oui ', 'x', '', 'non', '1'];
const DIETS = ['', 'végétarien', 'vegan', 'sans gluten', 'halal', ''];

/** A list as platforms give it: a title line, French headers, mixed yes/no spellings, a few duplicates and bad e-mails. */
function listRows(): string[][] {
  const rows: string[][] = [['Journées annuelles — inscrits'], [], HEADER];
  for (let i = 0; i < ROWS; i++) {
    // Every 500th row repeats an earlier person; every 700th has a broken e-mail.
    const n = i % 500 === 499 ? i - 1 : i;
    const email = i % 700 === 699 ? `person${n}@` : `person${n}@example.org`;
    rows.push([
      `Nom${n}`, `Prénom${n}`, email, AFFILIATIONS[n % 6]!, 'Doctorant', `+33 6 ${String(n).padStart(8, '0')}`,
      YES[n % 6]!, YES[(n + 1) % 6]!, YES[(n + 2) % 6]!, YES[(n + 3) % 6]!, YES[(n + 4) % 6]!, DIETS[n % 6]!,
      n % 10 === 1 ? `person${n - 1}@example.org` : '',
    ]);
  }
  rows.push(['Total', '', '', '', '', '', String(ROWS)]);
  return rows;
}

interface Files {
  readonly csv: string;
  readonly xlsx: string;
}
let files: Promise<Files> | undefined;
/** The 10,000-row lists (.csv and .xlsx), written once per run; the reading-worker benchmarks use them too. */
export const listFiles = (): Promise<Files> => (files ??= writeFiles());

async function writeFiles(): Promise<Files> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-bench-import-'));
  // The bench runner has no teardown: the generated lists go when the process ends.
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const rows = listRows();
  const csv = join(folder, 'inscrits.csv');
  const text = rows.map((row) => row.map((cell) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';')).join('\r\n');
  await writeFile(csv, iconv.encode(text, 'win1252'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Inscrits');
  for (const row of rows) sheet.addRow(row);
  const xlsx = join(folder, 'inscrits.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  return { csv, xlsx };
}

let reference: Project | undefined;
let large: Project | undefined;

async function planFor(project: Project, path: string): Promise<ImportPreview> {
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(`the list does not read: ${read.problems[0]?.code}`);
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets);
  if (plan.summary.added < ROWS * 0.9) throw new Error(`only ${plan.summary.added} people imported`);
  return plan;
}

async function importInto(project: Project, path: string): Promise<Project> {
  const plan = await planFor(project, path);
  return applyEdit(project, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } });
}

let referencePlan: Promise<ImportPreview> | undefined;

export const benchmarks: BenchCase[] = [
  {
    name: 'import 10,000 rows from .xlsx (read + map + validate + merge)',
    targetMs: 2000,
    stat: 'median',
    iterations: 5,
    run: async () => importInto((reference ??= sampleProject()), (await (files ??= writeFiles())).xlsx),
  },
  {
    name: 'import 10,000 rows from .csv, Windows-1252 (read + map + validate + merge)',
    targetMs: 500,
    stat: 'median',
    iterations: 10,
    run: async () => importInto((reference ??= sampleProject()), (await (files ??= writeFiles())).csv),
  },
  {
    // The import dialog shows it under the report, again at each change of the column mapping.
    name: 'what importing 10,000 rows changes in the plan (every rule before and after)',
    targetMs: null,
    stat: 'median',
    iterations: 5,
    run: async () => {
      const project = (reference ??= sampleProject());
      planChanges(project, await (referencePlan ??= planFor(project, (await (files ??= writeFiles())).csv)));
    },
  },
  {
    name: 'import 10,000 rows from .csv into the large event (10,000 participants already there)',
    targetMs: null,
    stat: 'median',
    iterations: 5,
    run: async () => importInto((large ??= generateEvent(LARGE_EVENT)), (await (files ??= writeFiles())).csv),
  },
];
