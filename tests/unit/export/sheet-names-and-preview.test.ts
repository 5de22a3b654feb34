/** Pure pieces: sheet names Excel accepts, and the preview the Exports view shows. */
import { describe, expect, it } from 'vitest';
import { exportContext } from '../../../shared/exports/context.ts';
import { uniqueSheetName } from '../../../shared/exports/sheet.ts';
import { previewWorkbook } from '../../../shared/exports/workbooks.ts';
import { exportEvent } from '../../fixtures/project.ts';

describe('sheet names', () => {
  it('drops characters Excel refuses, keeps 31 characters, and numbers duplicates', () => {
    const used = new Set<string>();
    expect(uniqueSheetName('Salle [A]: 1/2 ?*', used)).toBe('Salle -A-- 1-2 --');
    expect(uniqueSheetName('Un nom de salle beaucoup trop long pour un onglet', used)).toBe('Un nom de salle beaucoup trop l');
    expect(uniqueSheetName('un nom de salle beaucoup trop long pour un onglet', used)).toBe('Un nom de salle beaucoup tr (2)'.replace('Un', 'un'));
    expect(uniqueSheetName("'quoted'", used)).toBe('quoted');
    expect(uniqueSheetName('', used)).toBe('Sheet');
  });
});

describe('preview', () => {
  it('gives the sheets, row counts, file name and first rows of a workbook in the chosen language', () => {
    const preview = previewWorkbook(exportContext(exportEvent(), 'en'), 'catering', 2);
    expect(preview.fileName).toBe('JT 2025 - Catering.xlsx');
    expect(preview.sheets).toEqual([{ name: 'Breaks and meals', rows: 3 }, { name: 'Diets and allergies', rows: 9 }]);
    expect(preview.columns.slice(0, 6)).toEqual(['Day', 'Start', 'End', 'Session', 'Room', 'People expected']);
    expect(preview.sample).toHaveLength(2);
    expect(preview.sample[0]!.slice(3, 6)).toEqual(['Pause café', 'Grand hall', 8]);
  });

  it('previews the timetable grid with the list headers, and shortens long room names in sheet tabs visibly', () => {
    const project = exportEvent();
    project.rooms[0]!.name = 'Amphithéâtre Cassin du bâtiment B';
    const ctx = exportContext(project, 'fr');
    expect(previewWorkbook(ctx, 'timetable').columns[0]).toBe('Jour');
    expect(previewWorkbook(ctx, 'rooms').sheets[0]!.name).toBe('Amphithéâtre Cassin… mar 14 oct');
  });
});
