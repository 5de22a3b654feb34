import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { TABLE_LIMITS } from '../../../main/services/import/limits.ts';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import { tempFolder, writeBomCommaCsv, writeFrenchExcelCsv, writeWorkbook } from './files.ts';

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

async function readOk(path: string) {
  const result = await readTableFile(path);
  if (!('ok' in result)) throw new Error(JSON.stringify(result.problems));
  return result.table;
}

describe('reading CSV files', () => {
  it('reads a French Excel CSV (Windows-1252, semicolons) with every value as text', async () => {
    const table = await readOk(await writeFrenchExcelCsv(folder));
    expect(table.encoding).toBe('Windows-1252');
    expect(table.separator).toBe(';');
    expect(table.rows[2]).toEqual(['Nom', 'Prénom', 'Courriel', 'Établissement', 'Téléphone', 'Code postal', '14/10', 'Soirée', 'Régime']);
    expect(table.rows[3]!.slice(0, 6)).toEqual(['Lefèvre', 'François', 'francois.lefevre@univ-lille.fr', 'Université de Lille', '+33 6 12 34 56 78', '05000']);
    expect(table.rows[4]!.slice(0, 5)).toEqual(['Cœur', 'Zoé', 'zoe.coeur@inserm.fr', 'Inserm', '0612345678']);
    expect(table.rows).toHaveLength(8);
  });

  it('reads a UTF-8 CSV with BOM and commas, keeping a line break inside a quoted field in one row', async () => {
    const table = await readOk(await writeBomCommaCsv(folder));
    expect(table.encoding).toBe('UTF-8 (BOM)');
    expect(table.separator).toBe(',');
    expect(table.rows[0]![0]).toBe('Last name');
    expect(table.rows[1]![4]).toBe('Arrives late,\nfrom Rennes');
    expect(table.rows[2]![0]).toBe('=HYPERLINK("http://evil.example","click")');
    expect(table.rows).toHaveLength(6);
  });

  it('reads tab-separated UTF-8 without BOM', async () => {
    const path = join(folder, 'tabs.csv');
    await writeFile(path, 'Nom\tCourriel\tSoirée\nÉlise\telise@x.fr\toui\n');
    const table = await readOk(path);
    expect(table).toMatchObject({ encoding: 'UTF-8', separator: '\t', rows: [['Nom', 'Courriel', 'Soirée'], ['Élise', 'elise@x.fr', 'oui']] });
  });
});

describe('reading workbooks', () => {
  it('reads the first sheet as text rows, with the sheet’s row numbers, formulas-like text staying text', async () => {
    const table = await readOk(await writeWorkbook(folder));
    expect(table.sheetName).toBe('Inscrits');
    expect(table.rows[0]).toEqual(['Liste des inscrits — Journées annuelles 2025']);
    expect(table.rows[1]).toEqual([]);
    expect(table.rows[3]!.slice(0, 5)).toEqual(['Senhadji', 'Lotfi', 'lotfi.senhadji@univ-rennes.fr', 'Univ. Rennes', '+33 2 99 00 00 00']);
    expect(table.rows[3]![8]).toBe('2025-09-01');
    expect(table.rows[4]![0]).toBe('=1+1');
    expect(table.rows[4]![4]).toBe('612345678');
    expect(table.rows[5]![5]).toBe('TRUE');
    expect(table.rows[8]![0]).toBe('TOTAL');
  });
});

describe('refusing what cannot be read safely', () => {
  const en = createI18n('en');
  const fr = createI18n('fr');

  it('refuses a file over the size limit before reading it', async () => {
    const path = await writeFrenchExcelCsv(folder);
    const result = await readTableFile(path, { ...TABLE_LIMITS, maxFileBytes: 100 });
    expect(result).toMatchObject({ status: 'failed', problems: [{ code: 'participants:read.tooLarge', file: 'inscrits-excel.csv' }] });
    if ('problems' in result) {
      expect(describeProblem(en.t, result.problems[0]!)).toMatch(/^inscrits-excel\.csv: file too large .*export it as CSV/);
      expect(describeProblem(fr.t, result.problems[0]!)).toMatch(/fichier trop volumineux/);
    }
  });

  it('refuses a file with more rows than the limit', async () => {
    const path = join(folder, 'many.csv');
    await writeFile(path, `Nom;Courriel\n${'a;a@b.fr\n'.repeat(30)}`);
    const result = await readTableFile(path, { ...TABLE_LIMITS, maxRows: 20 });
    expect(result).toMatchObject({ status: 'failed', problems: [{ code: 'participants:read.tooManyRows', params: { rows: 21, limit: 20 } }] });
  });

  it('stops reading a workbook as soon as it passes the row limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inscrits');
    for (let i = 0; i < 30; i++) sheet.addRow([`Nom ${i}`, `p${i}@x.fr`]);
    const path = join(folder, 'many.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = await readTableFile(path, { ...TABLE_LIMITS, maxRows: 20 });
    expect(result).toMatchObject({ status: 'failed', problems: [{ code: 'participants:read.tooManyRows', params: { rows: 21, limit: 20 } }] });
  });

  it('refuses a workbook whose parts declare a huge unpacked size (zip bomb) before unpacking it', async () => {
    const bytes = await readFile(await writeWorkbook(folder, 'bomb-source.xlsx'));
    // Every central-directory entry now declares 1 GB unpacked: what a zip bomb declares.
    let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (at >= 0) {
      bytes.writeUInt32LE(1024 * 1024 * 1024, at + 24);
      at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    }
    const path = join(folder, 'bomb.xlsx');
    await writeFile(path, bytes);
    const result = await readTableFile(path);
    expect(result).toMatchObject({ status: 'failed', problems: [{ code: 'participants:read.unzippedTooLarge', file: 'bomb.xlsx' }] });
    if ('problems' in result) expect(describeProblem(en.t, result.problems[0]!)).toMatch(/unpacks to \d+ MB \(limit 200 MB\): it is not opened/);
  });

  it('refuses a real workbook whose unpacked parts exceed the limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inscrits');
    for (let i = 0; i < 3000; i++) sheet.addRow([`Nom ${i}`, `p${i}@x.fr`, 'oui']);
    const path = join(folder, 'big.xlsx');
    await workbook.xlsx.writeFile(path);
    const result = await readTableFile(path, { ...TABLE_LIMITS, maxUnzippedBytes: 50_000 });
    expect(result).toMatchObject({ status: 'failed', problems: [{ code: 'participants:read.unzippedTooLarge' }] });
    expect(await readTableFile(path)).toMatchObject({ ok: true });
  });

  it('says what to do with a file that is not a workbook, an old .xls, or another format', async () => {
    const fake = join(folder, 'fake.xlsx');
    await writeFile(fake, 'Nom;Courriel\n');
    expect(await readTableFile(fake)).toMatchObject({ problems: [{ code: 'participants:read.notWorkbook' }] });
    const xls = join(folder, 'old.xls');
    await writeFile(xls, 'x');
    expect(await readTableFile(xls)).toMatchObject({ problems: [{ code: 'participants:read.oldExcel' }] });
    expect(await readTableFile(join(folder, 'list.pdf'))).toMatchObject({ problems: [{ code: 'participants:read.unsupported', params: { extension: '.pdf' } }] });
    expect(await readTableFile(join(folder, 'missing.csv'))).toMatchObject({ problems: [{ code: 'participants:read.notFound' }] });
    const empty = join(folder, 'empty.csv');
    await writeFile(empty, '');
    expect(await readTableFile(empty)).toMatchObject({ problems: [{ code: 'participants:read.empty' }] });
  });
});
