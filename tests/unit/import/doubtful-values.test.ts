/**
 * The import keeps people: a doubtful value imports the person with the field empty or "other" and marked "to check",
 * named in the report by row and column; only a row that cannot say who the person is is rejected.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { previewImport, prepareImport, reportRows, type ImportNote } from '../../../shared/import/index.ts';
import type { Participant, Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from './event.ts';
import { tempFolder } from './files.ts';

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

type Cell = ExcelJS.CellValue;
const HEADER = ['Nom', 'Prénom', 'Courriel', 'Établissement', 'Langue', 'Régime', 'Soirée', 'Accompagné(e) de'];

/** A workbook whose rows (after the header) are given cell by cell, formulas and errors included. */
async function workbook(name: string, rows: Cell[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Inscrits');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const path = join(folder, name);
  await book.xlsx.writeFile(path);
  return path;
}

async function importInto(project: Project, path: string) {
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(JSON.stringify(read.problems));
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets, { formulaCells: read.table.formulaCells ?? [] });
  const next = applyEdit(project, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } });
  return { plan, project: next, targets: prepared.targets };
}

const byEmail = (project: Project, email: string): Participant | undefined => project.participants.find((p) => p.email === email);
/** [row, note, column, value] of one level, as the report lists them. */
const notes = (all: readonly ImportNote[], level: ImportNote['level']) =>
  all.filter((n) => n.level === level).map((n) => [n.row, n.code.replace('participants:import.', ''), n.column ?? '', n.value ?? '']);
const en = createI18n('en').t;

describe('doubtful values keep the person, marked to check', () => {
  it('an unknown yes/no ("peut-être"): not registered, marked, reported at its row and column', async () => {
    const { plan, project } = await importInto(eventWithOptions(), await workbook('maybe.xlsx', [
      ['Senhadji', 'Lotfi', 'lotfi@univ-rennes.fr', 'Univ. Rennes', 'français', 'aucun', 'peut-être', ''],
    ]));
    expect(plan.summary).toMatchObject({ added: 1, rejected: 0 });
    expect(byEmail(project, 'lotfi@univ-rennes.fr')).toMatchObject({ lastName: 'Senhadji', registrations: [], toCheck: ['registration:evening'] });
    expect(notes(plan.notes, 'warning')).toEqual([[2, 'yesNoUnknown', 'Soirée', 'peut-être']]);
    const report = reportRows(en, plan.summary, plan.notes);
    expect(report).toContainEqual(['2', 'Soirée', 'peut-être', 'check', '“peut-être” is neither yes nor no: the person is imported without this registration, marked “to check”. Correct the registration in the participants list.']);
  });

  it('an unknown diet is "other" with the words kept; an unknown language is the event’s, both marked', async () => {
    const { plan, project } = await importInto(eventWithOptions(), await workbook('diet.xlsx', [
      ['Babykina', 'Evgénia', 'evgenia@univ-lille.fr', 'Univ. Lille', 'klingon', 'sans porc', 'oui', ''],
    ]));
    expect(byEmail(project, 'evgenia@univ-lille.fr')).toMatchObject({ diet: 'other', allergies: 'sans porc', language: 'fr', registrations: ['evening'] });
    expect(byEmail(project, 'evgenia@univ-lille.fr')!.toCheck.toSorted()).toEqual(['diet', 'language']);
    expect(notes(plan.notes, 'warning')).toEqual([
      [2, 'languageUnknown', 'Langue', 'klingon'],
      [2, 'dietUnknown', 'Régime', 'sans porc'],
    ]);
  });

  it('a formula with no saved result gives its text as plain text, marked — never "last name missing"', async () => {
    const { plan, project } = await importInto(eventWithOptions(), await workbook('formula.xlsx', [
      [{ formula: 'HYPERLINK("mailto:marco@inria.fr","Lorenzi")' }, 'Marco', 'marco@inria.fr', 'Inria', '', '', { formula: 'IF(1,"oui","non")' }, ''],
      [{ formula: 'HYPERLINK("mailto:anne@irisa.fr","Orgerie")', result: 'Orgerie' }, 'Anne-Cécile', 'anne@irisa.fr', 'CNRS', '', '', 'non', ''],
    ]));
    expect(plan.summary).toMatchObject({ added: 2, rejected: 0 });
    expect(plan.notes.some((n) => n.code.endsWith('Missing'))).toBe(false);
    expect(byEmail(project, 'marco@inria.fr')).toMatchObject({ lastName: '=HYPERLINK("mailto:marco@inria.fr","Lorenzi")', registrations: [] });
    expect(byEmail(project, 'marco@inria.fr')!.toCheck).toEqual(['lastName', 'registration:evening']);
    expect(notes(plan.notes, 'warning')).toEqual([
      [2, 'formulaText', 'Nom', '=HYPERLINK("mailto:marco@inria.fr","Lorenzi")'],
      [2, 'formulaNotRead', 'Soirée', '=IF(1,"oui","non")'],
    ]);
    // A formula whose result the workbook kept is that result, with nothing to check.
    expect(byEmail(project, 'anne@irisa.fr')).toMatchObject({ lastName: 'Orgerie', toCheck: [] });
  });

  it('an error cell (#N/A) leaves the field empty, marked', async () => {
    const { plan, project } = await importInto(eventWithOptions(), await workbook('error.xlsx', [
      ['Tanter', 'Mickaël', 'mickael@inserm.fr', { error: '#N/A' }, '', '', 'oui', ''],
    ]));
    expect(byEmail(project, 'mickael@inserm.fr')).toMatchObject({ affiliation: '', toCheck: ['affiliation'] });
    expect(notes(plan.notes, 'warning')).toEqual([[2, 'unreadableCell', 'Établissement', '#N/A']]);
  });

  it('half a name is enough: no first name, or the first name standing in for the last', async () => {
    const { plan, project } = await importInto(eventWithOptions(), await workbook('names.xlsx', [
      ['Garaix', '', 'thierry@emse.fr', 'Mines Saint-Étienne', '', '', '', ''],
      ['', 'Yousra', 'yousra@ap-hp.fr', 'AP-HP', '', '', '', ''],
    ]));
    expect(plan.summary).toMatchObject({ added: 2, rejected: 0 });
    expect(byEmail(project, 'thierry@emse.fr')).toMatchObject({ lastName: 'Garaix', firstName: '', toCheck: ['firstName'] });
    expect(byEmail(project, 'yousra@ap-hp.fr')).toMatchObject({ lastName: 'Yousra', firstName: '', toCheck: ['lastName'] });
    expect(notes(plan.notes, 'warning')).toEqual([
      [2, 'firstNameMissing', 'Prénom', ''],
      [3, 'lastNameMissing', 'Nom', 'Yousra'],
    ]);
  });
});

describe('only a row that cannot say who the person is is rejected', () => {
  it('no e-mail, an invalid e-mail, no name at all: rejected with row and column; the others are imported', async () => {
    const { plan, project } = await importInto(eventWithOptions(), await workbook('rejected.xlsx', [
      ['Vaillant', 'Ghislain', '', 'Inria', '', '', '', ''],
      ['Vaudry', 'David', 'david.vaudry@inserm', 'Inserm', '', '', '', ''],
      ['', '', 'anonyme@x.fr', 'CNRS', '', '', 'oui', ''],
      ['Dominguez', 'Victoria', 'victoria@elixir.eu', 'ELIXIR', '', '', 'peut-être', ''],
    ]));
    expect(plan.summary).toMatchObject({ rowsRead: 4, added: 1, rejected: 3 });
    expect(notes(plan.notes, 'error')).toEqual([
      [2, 'emailMissing', 'Courriel', ''],
      [3, 'emailInvalid', 'Courriel', 'david.vaudry@inserm'],
      [4, 'nameMissing', 'Nom', ''],
    ]);
    expect(project.participants.map((p) => p.email)).toEqual(['victoria@elixir.eu']);
  });
});

describe('the companion column', () => {
  it('is mapped from "Accompagné(e) de" and "Accompanied by", and links the two people', async () => {
    const { targets, project } = await importInto(eventWithOptions(), await workbook('companions.xlsx', [
      ['Perchant', 'Aymeric', 'aymeric@sante.gouv.fr', 'DNS', '', '', '', ''],
      ['Sobanski', 'Vincent', 'vincent@chu-lille.fr', 'CHU Lille', '', '', '', 'aymeric@sante.gouv.fr'],
    ]));
    expect(targets[7]).toBe('companion');
    const aymeric = byEmail(project, 'aymeric@sante.gouv.fr')!;
    expect(byEmail(project, 'vincent@chu-lille.fr')!.companionIds).toEqual([aymeric.id]);
    expect(prepareImport(eventWithOptions(), [['Last name', 'E-mail', 'Accompanied by']]).targets).toEqual(['lastName', 'email', 'companion']);
  });
});

describe('a mark lives with the person', () => {
  it('goes when the organiser edits the field, in one undoable step, and a re-import that reads the field plainly clears it', async () => {
    const { project } = await importInto(eventWithOptions(), await workbook('marks.xlsx', [
      ['Hernandez', 'Alfredo', 'alfredo@univ-rennes.fr', 'Univ. Rennes', 'klingon', 'sans porc', 'peut-être', ''],
    ]));
    const alfredo = byEmail(project, 'alfredo@univ-rennes.fr')!;
    expect(alfredo.toCheck).toEqual(['language', 'diet', 'registration:evening']);

    const edited = perform(project, emptyHistory(), [{ type: 'participants/update', payload: { id: alfredo.id, changes: { language: 'es' } } }], 'participants:history.update');
    expect(byEmail(edited.project, 'alfredo@univ-rennes.fr')!.toCheck).toEqual(['diet', 'registration:evening']);
    expect(byEmail(undo(edited.project, edited.history).project, 'alfredo@univ-rennes.fr')!.toCheck).toEqual(['language', 'diet', 'registration:evening']);
    const registered = applyEdit(edited.project, { type: 'participants/update', payload: { id: alfredo.id, changes: { registrations: ['evening'] } } });
    expect(byEmail(registered, 'alfredo@univ-rennes.fr')!.toCheck).toEqual(['diet']);

    // The platform's next export says "oui" for the evening and a known diet: those marks go; nothing else changes.
    const { project: again } = await importInto(edited.project, await workbook('marks-again.xlsx', [
      ['Hernandez', 'Alfredo', 'alfredo@univ-rennes.fr', 'Univ. Rennes', '', 'végétarien', 'oui', ''],
    ]));
    expect(byEmail(again, 'alfredo@univ-rennes.fr')).toMatchObject({ diet: 'vegetarian', registrations: ['evening'], toCheck: [], language: 'es' });
  });

  it('keeps a hand correction of a formula’s text, unmarked, when the list is imported again', async () => {
    const path = await workbook('formula-again.xlsx', [
      [{ formula: 'HYPERLINK("mailto:camille@inria.fr","Maumet")' }, 'Camille', 'camille@inria.fr', 'Inria', '', '', '', ''],
    ]);
    const { project } = await importInto(eventWithOptions(), path);
    const camille = byEmail(project, 'camille@inria.fr')!;
    const corrected = applyEdit(project, { type: 'participants/update', payload: { id: camille.id, changes: { lastName: 'Maumet' } } });
    expect(byEmail(corrected, 'camille@inria.fr')!.toCheck).toEqual([]);
    const { project: again, plan } = await importInto(corrected, path);
    expect(byEmail(again, 'camille@inria.fr')).toMatchObject({ lastName: 'Maumet', toCheck: [] });
    expect(notes(plan.notes, 'warning').map(([row, code]) => [row, code])).toEqual([[2, 'formulaText'], [2, 'keptChange']]);
  });
});
