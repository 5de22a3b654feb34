/** The acceptance: real files in the shapes organisers get, imported with the report's row numbers right. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { applyEdit } from '../../../shared/edits/index.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { previewImport, prepareImport, reportRows, type ImportNote, type ImportPreview } from '../../../shared/import/index.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { eventWithOptions } from './event.ts';
import { tempFolder, writeBomCommaCsv, writeFrenchExcelCsv, writeWorkbook } from './files.ts';

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

async function importFile(path: string, project: Project = eventWithOptions()): Promise<{ plan: ImportPreview; project: Project }> {
  const read = await readTableFile(path);
  if (!('ok' in read)) throw new Error(JSON.stringify(read.problems));
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets);
  const next = applyEdit(project, { type: 'participants/import', payload: { upserts: plan.upserts, removeIds: plan.removeIds } });
  return { plan, project: next };
}

const at = (notes: readonly ImportNote[], level: ImportNote['level']) =>
  notes.filter((n) => n.level === level).map((n) => [n.row, n.code.replace('participants:import.', ''), n.column ?? '', n.value ?? '']);

describe('a French Excel CSV with a title line, blank lines and a total line', () => {
  it('imports the valid rows and reports the others at the rows the spreadsheet shows', async () => {
    const { plan, project } = await importFile(await writeFrenchExcelCsv(folder));
    expect(plan.summary).toMatchObject({ rowsRead: 3, added: 2, rejected: 1, skipped: 3, duplicatesMerged: 0 });
    expect(at(plan.notes, 'error')).toEqual([[7, 'emailInvalid', 'Courriel', 'juergen.mueller@inria']]);
    expect(at(plan.notes, 'info').filter(([, code]) => String(code).endsWith('Skipped'))).toEqual([
      [1, 'titleSkipped', '', 'Journées annuelles PEPR Santé Numérique — inscrits'],
      [6, 'blankSkipped', '', ''],
      [8, 'totalSkipped', '', 'Total'],
    ]);
    const francois = project.participants.find((p) => p.email === 'francois.lefevre@univ-lille.fr')!;
    expect(francois).toMatchObject({ firstName: 'François', lastName: 'Lefèvre', affiliation: 'Université de Lille', diet: 'vegetarian', language: 'fr' });
    expect(francois.registrations.toSorted()).toEqual(['day-1', 'evening']);
    expect(project.participants.find((p) => p.lastName === 'Cœur')!.registrations).toEqual(['day-1']);
  });
});

describe('a UTF-8 BOM CSV with commas, a multi-line note, a duplicate, bad values and formula-like names', () => {
  it('merges the duplicate, keeps formulas as text, and counts rows as the spreadsheet does', async () => {
    const { plan, project } = await importFile(await writeBomCommaCsv(folder));
    expect(plan.summary).toMatchObject({ rowsRead: 5, added: 3, duplicatesMerged: 1, rejected: 1 });
    // Row 2 holds a line break, so the rows after it are 3, 4, 5, 6 in the spreadsheet (lines 4 to 7 of the file).
    expect(at(plan.notes, 'error')).toEqual([[4, 'emailInvalid', 'E-mail', 'not-an-email']]);
    expect(at(plan.notes, 'info').filter(([, code]) => code === 'duplicateMerged')).toEqual([[5, 'duplicateMerged', '', 'Alice.Durand@CHU-Bordeaux.fr']]);
    expect(at(plan.notes, 'warning')).toEqual([
      [6, 'yesNoUnknown', 'Social evening', 'maybe'],
      [5, 'duplicateDiffers', 'Affiliation', 'CHU Bordeaux'],
    ]);
    // "maybe" keeps Carl, not registered for the evening until the organiser checks.
    expect(project.participants.find((p) => p.email === 'carl@cnrs.fr')).toMatchObject({ registrations: [], toCheck: ['registration:evening'] });
    const alice = project.participants.find((p) => p.firstName === 'Alice')!;
    expect(alice).toMatchObject({ email: 'alice.durand@chu-bordeaux.fr', notes: 'Arrives late,\nfrom Rennes', affiliation: 'CHU Bordeaux' });
    expect(project.participants.find((p) => p.firstName === 'Bob')!.lastName).toBe('=HYPERLINK("http://evil.example","click")');
  });

  it('gives report rows in French and English, rejected rows first', async () => {
    const { plan } = await importFile(await writeBomCommaCsv(folder));
    const en = reportRows(createI18n('en').t, plan.summary, plan.notes);
    expect(en[0]![0]).toMatch(/^Rows read: 5 — added: 3, updated: 0, unchanged: 0, duplicates merged: 1, rejected: 1/);
    expect(en[1]).toEqual(['Row', 'Column', 'Value', 'Level', 'Message']);
    expect(en[2]).toEqual(['4', 'E-mail', 'not-an-email', 'rejected', '“not-an-email” is not an e-mail address. Correct it in the file; the row is not imported.']);
    const fr = reportRows(createI18n('fr').t, plan.summary, plan.notes);
    expect(fr[2]).toEqual(['4', 'E-mail', 'not-an-email', 'rejetée', '« not-an-email » n’est pas une adresse de courriel. Corrigez-la dans le fichier ; la ligne n’est pas importée.']);
  });
});

describe('an .xlsx made with exceljs', () => {
  it('imports with companions linked both ways, by e-mail and by name', async () => {
    const { plan, project } = await importFile(await writeWorkbook(folder));
    expect(plan.summary).toMatchObject({ rowsRead: 4, added: 4, rejected: 0, skipped: 3 });
    expect(at(plan.notes, 'warning')).toEqual([
      [7, 'yesNoUnknown', 'Visite guidée', 'peut-être'],
      [7, 'firstNameMissing', 'Prénom', ''],
    ]);
    const byEmail = (email: string) => project.participants.find((p) => p.email === email)!;
    const lotfi = byEmail('lotfi.senhadji@univ-rennes.fr');
    const eve = byEmail('eve@inria.fr');
    const philippe = byEmail('philippe.gesnouin@inria.fr');
    expect(eve.lastName).toBe('=1+1');
    expect(lotfi.registrations.toSorted()).toEqual(['tour', 'ws-2']);
    expect(philippe.registrations).toEqual(['tour']);
    expect(eve.companionIds).toEqual([lotfi.id]);
    expect(philippe.companionIds).toEqual([lotfi.id]);
    expect(lotfi.companionIds.toSorted()).toEqual([eve.id, philippe.id].toSorted());
  });
});
