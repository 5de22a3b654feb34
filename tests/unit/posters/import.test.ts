/** Importing a poster list: the header found below a title, columns guessed, every doubtful row reported with its row number. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { planPosterImport, preparePosterImport } from '../../../shared/posters/import.ts';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { tempFolder } from '../import/files.ts';
import { hall, poster, row } from './halls.ts';

/** A poster list as a committee's French Excel saves it: title line, semicolons, Windows-1252, a total line. */
const LIST = [
  'Posters retenus — Journées annuelles;;;;;',
  ';;;;;',
  'Titre;Présentateurs;Projet;Thématique;Mis en avant;Format',
  'Cohortes et entrepôts;Ada Lovelace;LONGIPREC;Rouge;oui;A0',
  'Signal et image;Lovelace, Ada et Alan Turing;SIGNAL;Bleu;non;A1 paysage',
  ';Grace Hopper;X;Rouge;non;',
  'Poster existant;Inconnue Personne;Y;Violet;peut-être;A3',
  'Cohortes et entrepôts;Grace Hopper;Z;Rouge;non;',
  'Total;;;;1;',
  '',
].join('\r\n');

const project = () => hall(row(3), [poster('old', 'blue', { title: 'Poster existant', boardFaceId: 'b1-A', pinned: true })]);

async function readList() {
  const folder = await tempFolder();
  const file = join(folder, 'posters.csv');
  await writeFile(file, iconv.encode(LIST, 'win1252'));
  const read = await readTableFile(file);
  if (!('ok' in read)) throw new Error('unreadable');
  return read.table.rows;
}

describe('poster list import', () => {
  it('finds the header row below the title and guesses every column from French headers', async () => {
    const prepared = preparePosterImport(await readList());
    expect(prepared.headerIndex).toBe(2);
    expect(prepared.columns).toEqual(['title', 'presenters', 'project', 'theme', 'highlighted', 'size']);
  });

  it('imports good rows, names presenters among the people, and reports each bad row with its spreadsheet row', async () => {
    const rows = await readList();
    const { headerIndex, columns } = preparePosterImport(rows);
    const plan = planPosterImport(project(), rows, headerIndex, columns);
    expect(plan.summary).toEqual({ rowsRead: 6, added: 2, updated: 1, rejected: 2, skipped: 1 });
    const [first, second, known] = plan.posters;
    expect(first).toMatchObject({ title: 'Cohortes et entrepôts', presenters: ['ada'], themeId: 'red', highlighted: true, size: 'A0-portrait' });
    expect(second).toMatchObject({ presenters: ['ada', 'alan'], themeId: 'blue', size: 'A1-landscape' });
    expect(known).toMatchObject({ id: 'old', boardFaceId: 'b1-A', pinned: true, themeId: null, presenters: [] });
    const { t } = createI18n('en');
    const said = plan.notes.filter((n) => n.level !== 'info').map((n) => describeProblem(t, { ...n, file: 'posters.csv' }));
    expect(said).toEqual([
      expect.stringMatching(/posters\.csv.*row 6.*column “Titre”.*No title: the row is not imported/),
      expect.stringMatching(/row 7.*column “Présentateurs”.*“Inconnue Personne” is not among the project’s people/),
      expect.stringMatching(/row 7.*column “Thématique”.*Unknown theme/),
      expect.stringMatching(/row 7.*column “Mis en avant”.*Neither yes nor no/),
      expect.stringMatching(/row 7.*column “Format”.*Unknown size/),
      expect.stringMatching(/row 8.*column “Titre”.*Same title as row 4/),
    ]);
  });

  it('keeps faces and pins of posters already in the hall when the edit is applied', async () => {
    const rows = await readList();
    const { headerIndex, columns } = preparePosterImport(rows);
    const before = project();
    const next = applyEdit(before, { type: 'posters/import', payload: { posters: planPosterImport(before, rows, headerIndex, columns).posters } });
    expect(next.posterHall.posters).toHaveLength(3);
    expect(next.posterHall.posters[0]).toMatchObject({ id: 'old', boardFaceId: 'b1-A', pinned: true });
  });

  it('reads an .xlsx list the same way, and says so when no column gives the title', async () => {
    const folder = await tempFolder();
    const file = join(folder, 'posters.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Posters');
    ws.addRow(['Title', 'Presenters', 'Theme', 'Highlighted']);
    ws.addRow(['=1+1', 'Alan Turing', 'Vert', 'yes']);
    await wb.xlsx.writeFile(file);
    const read = await readTableFile(file);
    if (!('ok' in read)) throw new Error('unreadable');
    const { headerIndex, columns } = preparePosterImport(read.table.rows);
    const plan = planPosterImport(project(), read.table.rows, headerIndex, columns);
    expect(plan.posters[0]).toMatchObject({ title: '=1+1', presenters: ['alan'], themeId: 'green', highlighted: true });
    const none = planPosterImport(project(), read.table.rows, headerIndex, [null, 'presenters', 'theme', 'highlighted']);
    expect(none.notes.map((n) => n.code)).toEqual(['posters:import.titleNotMapped']);
  });
});
