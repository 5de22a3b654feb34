/** A workbook is read whatever order its zip lists the parts in: writers put the sheets before or after xl/workbook.xml. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../main/services/import/read-table.ts';
import { partsOf, textPart, zipOf } from '../hostile/hostile-zips.ts';

async function registrations(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Inscrits');
  sheet.addRow(['Nom', 'Prénom', 'Courriel']);
  sheet.addRow(['Maumet', 'Camille', 'camille.maumet@inria.fr']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the order of a workbook’s parts', () => {
  it('reads the rows and the sheet’s name when the sheet comes before xl/workbook.xml, after the shared strings and the workbook’s relations', async () => {
    const parts = partsOf(await registrations());
    // exceljs's writer sometimes lays the parts out like this; its streaming reader then met the sheet with no workbook.
    const last = ['xl/worksheets/sheet1.xml', 'xl/workbook.xml'];
    const workbookLast = [...parts.filter((p) => !last.includes(p.name)), ...last.map((name) => parts.find((p) => p.name === name)!)];
    const at = (name: string) => workbookLast.findIndex((p) => p.name === name);
    expect(at('xl/sharedStrings.xml')).toBeLessThan(at('xl/worksheets/sheet1.xml'));
    expect(at('xl/_rels/workbook.xml.rels')).toBeLessThan(at('xl/worksheets/sheet1.xml'));
    expect(at('xl/worksheets/sheet1.xml')).toBeLessThan(at('xl/workbook.xml'));

    const read = await readTable(zipOf(workbookLast.map((p) => textPart(p.name, p.data))), 'sheet-first.xlsx', 'xlsx');
    expect(read).toMatchObject({ ok: true, table: { sheetName: 'Inscrits', rows: [['Nom', 'Prénom', 'Courriel'], ['Maumet', 'Camille', 'camille.maumet@inria.fr']] } });
  });
});
