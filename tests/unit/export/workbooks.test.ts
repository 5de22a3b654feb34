/** Every workbook of a small hand-made event, read back with exceljs and checked against the project. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportEvent } from '../../fixtures/project.ts';
import { exportAndRead, rowsOf, sheet, type Exported } from './read-back.ts';

let fr: Exported;
let en: Exported;
beforeAll(async () => {
  fr = await exportAndRead(exportEvent(), 'fr');
  en = await exportAndRead(exportEvent(), 'en');
});

describe('files', () => {
  it('writes the seven workbooks and the badge list, named after the event, in the chosen language', () => {
    expect(fr.files).toEqual([
      'JT 2025 - Programme.xlsx', 'JT 2025 - Affiches de salle.xlsx', 'JT 2025 - Installation et technique.xlsx',
      'JT 2025 - Restauration.xlsx', 'JT 2025 - Visites.xlsx', 'JT 2025 - Posters.xlsx', 'JT 2025 - Accueil.xlsx', 'JT 2025 - Badges.csv',
    ]);
    expect(en.files).toContain('JT 2025 - Timetable.xlsx');
    expect(en.files).toContain('JT 2025 - Room sheets.xlsx');
  });
});

describe('timetable', () => {
  it('has a grid per day and the flat list, with sheet names and headers translated', () => {
    expect(fr.books.get('timetable')!.worksheets.map((ws) => ws.name)).toEqual(['Grille mar 14 oct', 'Grille mer 15 oct', 'Sessions']);
    expect(en.books.get('timetable')!.worksheets.map((ws) => ws.name)).toEqual(['Grid Tue 14 Oct', 'Grid Wed 15 Oct', 'Sessions']);
    const list = sheet(en.books.get('timetable'), 'Sessions');
    expect(rowsOf(list)[0]).toEqual(['Day', 'Start', 'End', 'Room', 'Venue', 'Session', 'Kind', 'Theme', 'Speakers', 'Part of']);
  });

  it('lists every placed session once with its room, venue, times and speakers; the backlog is left out', () => {
    const rows = rowsOf(sheet(fr.books.get('timetable'), 'Sessions'), 2);
    expect(rows).toHaveLength(11);
    expect(rows.find((r) => r[5] === 'Atelier ingénierie')).toEqual([
      'mardi 14 octobre 2025', '14:00', '15:30', 'Salle 1', 'Pôle Formation', 'Atelier ingénierie', 'Atelier', '', 'Camille Maumet', '',
    ]);
    expect(rows.find((r) => r[5] === 'Keynote longitudinale')?.[9]).toBe('Session 1 : données longitudinales');
    expect(rows.some((r) => r[5] === 'Pas encore placé')).toBe(false);
  });

  it('draws a thematic session as one merged, theme-coloured cell holding its talks', () => {
    const grid = sheet(fr.books.get('timetable'), 'Grille mar 14 oct');
    const header = rowsOf(grid)[2]!;
    expect(header).toEqual(['Heure', 'Amphi A\nPôle Formation', 'Salle 1\nPôle Formation', 'Grand hall\nPôle Formation', 'Salon\nPalais de la Bourse']);
    let found: { row: number; col: number } | null = null;
    grid.eachRow((row, r) => row.eachCell((cell, c) => {
      if (String(cell.value).startsWith('09:40–11:10 Session 1')) found ??= { row: r, col: c };
    }));
    expect(found).not.toBeNull();
    const { row, col } = found!;
    const cell = grid.getCell(row, col);
    expect(String(cell.value)).toContain('09:40–10:10 Keynote longitudinale — Marco Lorenzi');
    // The day starts on the hour, 09:00 in row 4; 09:40 is eight 5-minute rows later; quarter hours are labelled.
    expect(row).toBe(12);
    expect([grid.getCell('A4').value, grid.getCell('A5').value, grid.getCell('A7').value]).toEqual(['09:00', null, '09:15']);
    // 90 minutes on a 5-minute grid: 18 rows, all part of one merged cell.
    expect(grid.getCell(row + 17, col).isMerged).toBe(true);
    expect(grid.getCell(row + 17, col).master.address).toBe(cell.address);
    expect(grid.getCell(row + 18, col).isMerged).toBe(false);
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFABCFDD');
  });

  it('prints the grid on one A3 landscape page with the event name and date on top', () => {
    const grid = sheet(fr.books.get('timetable'), 'Grille mar 14 oct');
    expect(grid.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1, printTitlesRow: '1:3' });
    expect(grid.headerFooter.oddHeader).toMatch(/^&LJournées test && co&RImprimé le \d+ \S+ \d{4}$/);
    expect(grid.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
  });
});

describe('room sheets', () => {
  it('has one sheet per room and day with sessions, in large type on A4', () => {
    const book = fr.books.get('rooms')!;
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      'Amphi A mar 14 oct', 'Amphi A mer 15 oct', 'Salle 1 mar 14 oct', 'Grand hall mar 14 oct', 'Grand hall mer 15 oct', 'Salon mar 14 oct',
    ]);
    const amphi = sheet(book, 'Amphi A mar 14 oct');
    expect(rowsOf(amphi)).toEqual([
      ['Amphi A', 'Amphi A', 'Amphi A'],
      ['Pôle Formation — mardi 14 octobre 2025', 'Pôle Formation — mardi 14 octobre 2025', 'Pôle Formation — mardi 14 octobre 2025'],
      ['Heure', 'Session', 'Intervenants'],
      ['09:00 – 09:30', 'Ouverture', ''],
      ['09:40 – 11:10', 'Session 1 : données longitudinales', ''],
      ['09:40 – 10:10', '› Keynote longitudinale', 'Marco Lorenzi'],
      ['10:10 – 10:30', '› Exposé 1', 'Anne Doe'],
      ['11:45 – 12:45', 'Session 2 : jumeaux', ''],
    ]);
    expect(amphi.getCell('A1').font.size).toBe(36);
    expect(amphi.getCell('B4').font.size).toBe(18);
    expect(amphi.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 1 });
  });
});

describe('set-up and AV', () => {
  it('gives layout, seats, equipment and the changeover after each slot, flagging one that is too short', () => {
    const rows = rowsOf(sheet(fr.books.get('setup'), 'Installation mar 14 oct'), 2);
    expect(rows.map((r) => r[4])).toEqual(['Ouverture', 'Session 1 : données longitudinales', 'Session 2 : jumeaux', 'Atelier ingénierie', 'Pause café', 'Déjeuner', 'Cocktail']);
    expect(rows[0]).toEqual([
      'Amphi A', 'Pôle Formation', '09:00', '09:30', 'Ouverture', 'Plénière', 'Théâtre', 220, 300, '',
      '09:30–09:40 — 10 min (trop court : 15 min nécessaires)', 10, 15,
    ]);
    expect(rows[1]![9]).toBe('Vidéoprojecteur, Micros');
    expect(rows[1]![10]).toBe('11:10–11:45');
    expect(rows[2]![10]).toBe('dernière de la journée');
    // The workshop expects 60 but the room seats 40: set what fits.
    expect(rows[3]!.slice(6, 9)).toEqual(['Salle de classe', 40, 40]);
  });
});

describe('catering', () => {
  it('counts the people expected per break and meal from registrations per day and audience, diets broken down', () => {
    const ws = sheet(fr.books.get('catering'), 'Pauses et repas');
    expect(rowsOf(ws)[0]).toEqual([
      'Jour', 'Début', 'Fin', 'Session', 'Salle', 'Personnes attendues', 'Végétarien', 'Végan', 'Halal', 'Casher', 'Sans gluten', 'Autre', 'Avec allergies',
    ]);
    const rows = rowsOf(ws, 2);
    // Coffee is for the annual days: day-1 registrations only (the seminar-only guest is not counted).
    expect(rows[0]).toEqual(['mardi 14 octobre 2025', '11:10', '11:40', 'Pause café', 'Grand hall', 8, 1, 1, 0, 0, 0, 5, 6]);
    // Lunch has no audience: everyone on site that day, seminar included.
    expect(rows[1]!.slice(3, 13)).toEqual(['Déjeuner', 'Grand hall', 9, 1, 1, 1, 0, 0, 5, 6]);
    expect(rows[2]!.slice(3, 6)).toEqual(['Déjeuner jour 2', 'Grand hall', 9]);
  });

  it('lists each person with a diet or an allergy once, with the meals they are expected at', () => {
    const rows = rowsOf(sheet(fr.books.get('catering'), 'Régimes et allergies'), 2);
    const eluard = rows.find((r) => r[0] === 'Éluard')!;
    expect(eluard.slice(0, 5)).toEqual(['Éluard', 'Élise', '', 'Aucun', 'arachides']);
    expect(String(eluard[5]).split('\n')).toEqual(['mardi 14 octobre à 11:10 — Pause café', 'mardi 14 octobre à 12:30 — Déjeuner']);
    expect(rows.some((r) => r[0] === 'Abel')).toBe(false);
  });
});

describe('tours', () => {
  it('summarises the groups and gives each its own sheet with names, companions and accessibility', () => {
    const book = fr.books.get('tours')!;
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['Groupes', 'Groupe 1', 'Groupe 2']);
    expect(rowsOf(sheet(book, 'Groupes'), 2)).toEqual([
      ['Visite du Palais', 'Groupe 1', 'Guide Un', 'Français', '19:30', '20:15', 5, 'Oui'],
      ['Visite du Palais', 'Groupe 2', '', 'Anglais', '19:45', '20:30', 4, 'Non'],
    ]);
    const group = sheet(book, 'Groupe 1');
    expect(group.getCell('A1').value).toBe('Visite du Palais — Groupe 1');
    expect(group.getCell('A2').value).toBe('19:30 – 20:15 — Guide : Guide Un — Effectif : 5 — Rendez-vous : Cour d’honneur');
    // The staff read language names in their own language, never codes.
    expect(rowsOf(sheet(en.books.get('tours'), 'Groups'), 2).map((r) => r[3])).toEqual(['French', 'English']);
    expect(sheet(en.books.get('tours'), 'Groupe 1').getCell('A2').value).toBe('19:30 – 20:15 — Guide: Guide Un — Size: 5 — Meeting point: Cour d’honneur');
    const rows = rowsOf(group, 4);
    expect(rows.filter((r) => /^[A-ZÉ]/.test(String(r[0]))).map((r) => r[0])).toEqual(['Ebert', 'Éluard', 'Zola']);
    expect(rows.find((r) => r[0] === 'Ebert')![3]).toBe('Élise Éluard');
    expect(rowsOf(sheet(book, 'Groupe 2'), 4).find((r) => r[0] === 'Faure')![4]).toBe('fauteuil roulant');
  });
});

describe('posters', () => {
  it('lists every board face with its poster, then the posters without a board; the plan is a picture', () => {
    const book = fr.books.get('posters')!;
    expect(rowsOf(sheet(book, 'Panneaux'))).toEqual([
      ['Panneau', 'Face', 'Poster', 'Présentateurs', 'Thème', 'Mis en avant', 'Zone'],
      [1, 'A', 'Poster mis en avant', 'Zoé Zola', 'Données longitudinales', 'Oui', 'Entrée'],
      [1, 'B', '', '', '', '', 'Entrée'],
      [2, 'A', '=1+1', '@SUM(A1)', '', 'Non', 'Entrée'],
      [12, 'A', '', '', '', '', 'Fond'],
      ['', '', 'Poster sans panneau', 'Anna Abel', '', 'Non', ''],
    ]);
    const plan = sheet(book, 'Plan du hall');
    expect(plan.getImages()).toHaveLength(1);
    const media = book.model.media[0] as unknown as { extension: string; buffer: Uint8Array };
    expect(media.extension).toBe('png');
    expect([...media.buffer.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });
});

describe('reception', () => {
  it('sorts participants by last name with French collation: É with E, not after Z', () => {
    const ws = sheet(fr.books.get('reception'), 'Participants');
    expect(rowsOf(ws)[0]).toEqual(['Nom', 'Prénom', 'Affiliation', 'Fonction', 'Inscriptions', 'Groupe de visite', 'Départ de la visite', 'Émargement']);
    const rows = rowsOf(ws, 2);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => /^[A-ZÉ]/.test(String(r[0]))).map((r) => r[0])).toEqual(['Abel', 'Ebert', 'Éluard', 'Faure', 'Zola']);
    expect(rows.find((r) => r[0] === 'Zola')).toEqual(['Zola', 'Zoé', '', '', 'Jour 1, Jour 2, Soirée', 'Groupe 1', '19:30', '']);
  });

  it('writes the badge list as CSV in the same order, with risky names neutralised', async () => {
    const csv = await readFile(join(fr.folder, 'JT 2025 - Badges.csv'), 'utf8');
    const lines = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toBe('Nom;Prénom;Affiliation;Fonction');
    expect(lines).toContain("'=1+1;'=1+1;'=1+1;'=1+1");
    expect(lines).toContain("'-x;'-x;'-x;'-x");
    expect(lines.indexOf('Éluard;Élise;;')).toBeLessThan(lines.indexOf('Zola;Zoé;;'));
  });
});

describe('every sheet', () => {
  it('has a styled, frozen, filtered header row, fitting widths and a print set-up', () => {
    for (const [id, book] of fr.books) {
      for (const ws of book.worksheets) {
        const where = `${id} / ${ws.name}`;
        const headerRow = Number(ws.pageSetup.printTitlesRow?.split(':')[1]);
        expect(headerRow, where).toBeGreaterThanOrEqual(1);
        expect(ws.views[0], where).toMatchObject({ state: 'frozen', ySplit: headerRow });
        expect(ws.getRow(headerRow).getCell(1).font.bold, where).toBe(true);
        expect((ws.getRow(headerRow).getCell(1).fill as { fgColor?: { argb?: string } }).fgColor?.argb, where).toBe('FF1F3A5F');
        expect(ws.autoFilter, where).toBeTruthy();
        expect(ws.pageSetup.fitToWidth, where).toBe(1);
        expect(ws.headerFooter.oddHeader, where).toContain('Journées test && co');
        expect(ws.headerFooter.oddFooter, where).toContain('&P');
        for (const column of ws.columns) expect(column.width, where).toBeGreaterThanOrEqual(6);
      }
    }
  });
});
