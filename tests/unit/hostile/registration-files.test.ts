/** Hostile registration lists: a zip bomb whose headers lie, XML entities, a row of ten million columns, too many cells. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE_LIMITS } from '../../../main/services/import/limits.ts';
import { readTableFile } from '../../../main/services/import/read-table.ts';
import { createI18n, describeProblem } from '../../../shared/i18n/index.ts';
import type { Problem } from '../../../shared/problems.ts';
import { tempFolder } from '../import/files.ts';
import { deflatedZeros, textPart, zipOf } from './hostile-zips.ts';

const en = createI18n('en');
const fr = createI18n('fr');
const say = (problem: Problem) => describeProblem(en.t.bind(en), problem);

let folder: string;
beforeAll(async () => {
  folder = await tempFolder();
});

async function problemsOf(name: string, content: Buffer | string, limits = TABLE_LIMITS): Promise<readonly Problem[]> {
  const path = join(folder, name);
  await writeFile(path, content);
  const result = await readTableFile(path, limits);
  if ('ok' in result) throw new Error(`${name} was read: ${result.table.rows.length} rows`);
  return result.problems;
}

const CONTENT_TYPES = textPart('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');

describe('a zip bomb whose headers lie about the unpacked size', () => {
  it('300 MB of shared strings declared as 1,000 bytes: refused once the part passes its limit, naming the part', async () => {
    const bomb = { name: 'xl/sharedStrings.xml', deflated: await deflatedZeros(300), declaredSize: 1_000 };
    expect(bomb.deflated.length).toBeLessThan(1024 * 1024);
    const problems = await problemsOf('lying-bomb.xlsx', zipOf([CONTENT_TYPES, bomb]));
    expect(problems.map(say)).toEqual([
      'lying-bomb.xlsx: the part “xl/sharedStrings.xml” of this workbook unpacks to more than 150 MB: it is not read, to protect memory. Save only the registrations sheet, or export it as CSV.',
    ]);
  });

  it('parts each under their limit but over the total: refused at the total, whatever the headers say', async () => {
    const part = await deflatedZeros(6);
    const parts = [0, 1, 2].map((i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, deflated: part, declaredSize: 100 }));
    const problems = await problemsOf('three-parts.xlsx', zipOf([CONTENT_TYPES, ...parts]), { ...TABLE_LIMITS, maxUnzippedBytes: 15 * 1024 * 1024, maxPartBytes: 10 * 1024 * 1024 });
    expect(problems.map(say)).toEqual([
      'three-parts.xlsx: this workbook unpacks to more than 15 MB (whatever its headers claim): it is not read, to protect memory. Save only the registrations sheet, or export it as CSV.',
    ]);
  });
});

describe('XML entities', () => {
  it('a part declaring entities (the “billion laughs”) is refused before any XML reader sees it', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><sst>&lol9;</sst>`;
    const problems = await problemsOf('laughs.xlsx', zipOf([CONTENT_TYPES, textPart('xl/sharedStrings.xml', laughs)]));
    expect(problems.map(say)).toEqual([
      'laughs.xlsx: the part “xl/sharedStrings.xml” of this workbook declares XML entities (<!DOCTYPE>), which no spreadsheet writes: it is not read. Open it in your spreadsheet and save it again as .xlsx, or export it as CSV.',
    ]);
  });
});

describe('rows, columns and cells have stated maximums', () => {
  it('a 20 MB CSV with one row of ten million columns is refused at once, saying which row and how wide', async () => {
    const problems = await problemsOf('wide.csv', 'a;'.repeat(10_000_000));
    expect(problems.map(say)).toEqual([
      'wide.csv, row 1: row 1 has 10000001 columns, beyond the 1000 a registration list can have: the file is not read. Check the separator, or save only the columns you need.',
    ]);
    expect(describeProblem(fr.t.bind(fr), problems[0]!)).toContain('la ligne 1 a 10000001 colonnes');
  });

  it('a workbook row wider than the maximum is refused the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inscrits');
    sheet.addRow(['Nom', 'Courriel']);
    sheet.addRow(Array.from({ length: 1_500 }, (_, i) => `c${i}`));
    const problems = await problemsOf('wide.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problems).toMatchObject([{ code: 'files:workbook.tooManyColumns', row: 2, params: { row: 2, columns: 1_500, limit: 1_000 } }]);
  });

  it('more cells than the maximum, in rows and columns each within theirs, is refused', async () => {
    const rows = Array.from({ length: 300 }, (_, r) => Array.from({ length: 50 }, (_, c) => `${r}-${c}`).join(';')).join('\n');
    const problems = await problemsOf('many-cells.csv', rows, { ...TABLE_LIMITS, maxCells: 10_000 });
    expect(problems.map(say)).toEqual([
      'many-cells.csv: too many cells (over 10000): this is not a readable registration list. Save only the columns you need, or split the list.',
    ]);
  });
});
