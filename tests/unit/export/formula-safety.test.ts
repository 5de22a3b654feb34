/** Names like "=1+1" or "@SUM(A1)" are text in every workbook: never a formula, a link or rich text, and the column format is '@'. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { WORKBOOKS } from '../../../shared/exports/workbook-ids.ts';
import { RISKY_NAMES, smallEvent } from '../../fixtures/export/small-event.ts';
import { exportAndRead } from './read-back.ts';
import { csvCell, toCsv } from '../../../shared/exports/csv.ts';

/** The small event with risky text in every place a workbook shows: speakers, titles, rooms, participants, posters. */
function riskyEvent() {
  const project = smallEvent();
  project.people.push({ id: 'risky', firstName: '', lastName: '=1+1', affiliation: '', email: '', availability: [], assumed: [] });
  const workshop = project.sessions.find((s) => s.id === 's-ws')!;
  workshop.title = '@SUM(A1)';
  workshop.people = [{ personId: 'risky', role: 'speaker' }];
  project.sessions.find((s) => s.id === 's-coffee')!.title = '-x';
  project.rooms.find((r) => r.id === 'salle1')!.name = '+33 6 12 34 56 78';
  return project;
}

const RISKY_START = /^[=+\-@]/;

describe('formula safety', () => {
  it.each(['fr', 'en'] as const)('keeps risky names as text cells in every workbook (%s)', async (language) => {
    const { books } = await exportAndRead(riskyEvent(), language);
    expect([...books.keys()]).toEqual([...WORKBOOKS]);
    for (const [id, book] of books) {
      let risky = 0;
      for (const ws of book.worksheets) {
        ws.eachRow((row) => {
          row.eachCell((cell) => {
            // Nothing anywhere is a formula, a link or rich text.
            expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Merge], `${id} / ${ws.name} ${cell.address}`).toContain(cell.type);
            if (typeof cell.value === 'string' && RISKY_START.test(cell.value) && !cell.isMerged) {
              risky += 1;
              expect(cell.type, `${id} / ${ws.name} ${cell.address}`).toBe(ExcelJS.ValueType.String);
              expect(cell.formula, `${id} / ${ws.name} ${cell.address}`).toBeUndefined();
              expect(cell.numFmt, `${id} / ${ws.name} ${cell.address}`).toBe('@');
              expect(ws.getColumn(cell.col).numFmt, `${id} / ${ws.name} column ${cell.col}`).toBe('@');
            }
          });
        });
      }
      expect(risky, `${id} shows at least one risky name`).toBeGreaterThan(0);
    }
    const reception = books.get('reception')!.worksheets[0]!;
    const names: unknown[] = [];
    reception.getColumn(1).eachCell((cell) => names.push(cell.value));
    for (const name of RISKY_NAMES) expect(names).toContain(name);
  });
});

describe('CSV escaping', () => {
  it('prefixes a quote to cells that start with = + - @ tab or a line break, and quotes what needs quoting', () => {
    expect(csvCell('=1+1', ';')).toBe("'=1+1");
    expect(csvCell('+33 6', ';')).toBe("'+33 6");
    expect(csvCell('-x', ';')).toBe("'-x");
    expect(csvCell('@SUM(A1)', ';')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd', ';')).toBe("'\tcmd");
    expect(csvCell('\r\n=1', ';')).toBe(`"'\r\n=1"`);
    expect(csvCell('Dupont; Durand', ';')).toBe('"Dupont; Durand"');
    expect(csvCell('Say "hi"', ',')).toBe('"Say ""hi"""');
    expect(csvCell('Élise', ',')).toBe('Élise');
    expect(toCsv([['a', '=b'], ['c', 'd']], ',')).toBe("a,'=b\r\nc,d\r\n");
  });
});
