/**
 * Importing a poster list (.xlsx/.csv) with the participants import's robust reading: the header row found below
 * titles, blank and total lines skipped, columns guessed from French and English headers (and changeable), and a
 * note for every row that cannot be taken as it is, with its spreadsheet row number.
 */
import type { Person, Poster, PosterSize, Project, Theme } from '../model/schema.ts';
import { fullName } from '../model/people.ts';
import { fold } from '../model/fold.ts';
import { findHeaderRowBy, isBlankRow, isTotalRow } from '../import/header-row.ts';
import type { TFunction } from 'i18next';
import { columnName, type ImportNote } from '../import/notes.ts';
import { sortNotes } from '../import/report.ts';
import { problemMessage } from '../i18n/index.ts';
import { readYesNo } from '../import/yes-no.ts';
import type { TextKey } from '../i18n/typed-keys.ts';

export const POSTER_FIELDS = ['title', 'presenters', 'project', 'theme', 'highlighted', 'size', 'power', 'table'] as const;
export type PosterField = (typeof POSTER_FIELDS)[number];
/** One field (or none: column ignored) per column of the file, by column index. */
export type PosterColumns = readonly (PosterField | null)[];

/** Headers seen on French and English poster lists, folded. */
const FIELD_HEADERS: Readonly<Record<PosterField, readonly string[]>> = {
  title: ['titre', 'title', 'titre du poster', 'poster title', 'intitule', 'poster', 'titre du resume', 'abstract title'],
  presenters: ['presentateur', 'presentateurs', 'presentatrice', 'presentateur rice', 'presenter', 'presenters', 'auteur', 'auteurs', 'author', 'authors', 'orateur'],
  project: ['projet', 'project', 'acronyme', 'projet cible', 'acronym'],
  theme: ['theme', 'thematique', 'axe', 'topic', 'track', 'axe thematique'],
  highlighted: ['mis en avant', 'highlighted', 'selectionne', 'selection', 'selected', 'pleniere', 'plenary', 'highlight', 'selection comite'],
  size: ['format', 'taille', 'size', 'format du poster', 'poster size'],
  power: ['electricite', 'prise', 'prise electrique', 'power', 'socket', 'besoin electricite', 'needs power'],
  table: ['table', 'besoin table', 'needs table', 'besoin d une table'],
};

function fieldGuess(header: string): PosterField | null {
  for (const field of POSTER_FIELDS) if (FIELD_HEADERS[field].includes(header)) return field;
  for (const field of POSTER_FIELDS) if (FIELD_HEADERS[field].some((name) => header.startsWith(`${name} `))) return field;
  return null;
}

/** Each column's field from its header; a field goes to the first column that names it. */
export function guessPosterColumns(headers: readonly string[]): PosterColumns {
  const taken = new Set<PosterField>();
  return headers.map((header) => {
    const field = header.trim() === '' ? null : fieldGuess(fold(header));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export interface PreparedPosterImport {
  /** Index of the header row in the table's rows; -1 for an empty sheet. */
  readonly headerIndex: number;
  readonly headers: readonly string[];
  readonly columns: PosterColumns;
}

export function preparePosterImport(rows: readonly (readonly string[])[]): PreparedPosterImport {
  const headerIndex = findHeaderRowBy(rows, (cells) => cells.filter((cell) => cell.trim() !== '' && fieldGuess(fold(cell)) !== null).length);
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const headerCells = headerIndex >= 0 ? rows[headerIndex]! : [];
  const headers = Array.from({ length: width }, (_, i) => (headerCells[i] ?? '').trim());
  return { headerIndex, headers, columns: guessPosterColumns(headers) };
}

export interface PosterImportSummary {
  readonly rowsRead: number;
  readonly added: number;
  readonly updated: number;
  readonly rejected: number;
  readonly skipped: number;
}

export interface PosterImportPlan {
  /** New posters and known ones (same title) with what the list says; their faces and pins are kept by the edit. */
  readonly posters: readonly Poster[];
  readonly notes: readonly ImportNote[];
  readonly summary: PosterImportSummary;
}

/** "Ada Lovelace; Alan Turing", "Lovelace, Ada", "A. Lovelace et A. Turing": names split on ; / & and "et"/"and". */
const splitNames = (cell: string): string[] =>
  cell.split(/\s*(?:;|\/|&|\bet\b|\band\b|\n)\s*/i).map((n) => n.trim()).filter((n) => n !== '');

function personFinder(people: readonly Person[]): (name: string) => Person | null {
  const byName = new Map<string, Person | null>();
  const add = (key: string, person: Person) => byName.set(key, byName.has(key) && byName.get(key) !== person ? null : person);
  for (const person of people) {
    add(fold(fullName(person)), person);
    add(fold(`${person.lastName} ${person.firstName}`), person);
  }
  // "Lovelace, Ada" reads as last name, first name.
  return (name) => byName.get(fold(name.includes(',') ? name.split(',').reverse().join(' ') : name)) ?? null;
}

function themeFinder(themes: readonly Theme[]): (name: string) => Theme | null {
  return (name) => {
    const key = fold(name);
    const exact = themes.find((t) => fold(t.name) === key || fold(t.id) === key);
    if (exact) return exact;
    const partial = themes.filter((t) => key.length >= 4 && fold(t.name).includes(key));
    return partial.length === 1 ? partial[0]! : null;
  };
}

function readSize(cell: string): PosterSize | null {
  const key = fold(cell);
  if (key === '') return 'A0-portrait';
  const paper = /\ba0\b/.test(key) ? 'A0' : /\ba1\b/.test(key) ? 'A1' : null;
  if (!paper) return null;
  return /paysage|landscape|horizontal/.test(key) ? `${paper}-landscape` : `${paper}-portrait`;
}

/** Reads the rows below the header with the chosen columns; nothing changes until the plan is applied as an edit. */
export function planPosterImport(project: Project, rows: readonly (readonly string[])[], headerIndex: number, columns: PosterColumns): PosterImportPlan {
  const notes: ImportNote[] = [];
  const headers = (rows[headerIndex] ?? []).map((h) => h.trim());
  const column = (field: PosterField) => columns.indexOf(field);
  const summary = { rowsRead: 0, added: 0, updated: 0, rejected: 0, skipped: 0 };
  if (column('title') < 0) {
    notes.push({ level: 'error', code: 'posters:import.titleNotMapped' });
    return { posters: [], notes, summary };
  }
  const findPerson = personFinder(project.people);
  const findTheme = themeFinder(project.themes);
  const existing = new Map(project.posterHall.posters.map((p) => [fold(p.title), p]));
  const usedIds = new Set(project.posterHall.posters.map((p) => p.id));
  const seen = new Map<string, number>();
  const posters: Poster[] = [];
  let nextId = 1;
  const newId = () => {
    while (usedIds.has(`poster-import-${nextId}`)) nextId++;
    usedIds.add(`poster-import-${nextId}`);
    return `poster-import-${nextId}`;
  };

  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const row = i + 1;
    if (isBlankRow(cells)) continue;
    summary.rowsRead++;
    if (isTotalRow(cells)) {
      summary.skipped++;
      notes.push({ level: 'info', code: 'posters:import.totalRow', row });
      continue;
    }
    const cell = (field: PosterField) => (column(field) >= 0 ? (cells[column(field)] ?? '').trim() : '');
    const note = (level: ImportNote['level'], code: TextKey, field: PosterField, params: Record<string, string | number> = {}) =>
      notes.push({ level, code, row, column: columnName(headers, column(field)), value: cell(field), params });
    const title = cell('title');
    if (title === '') {
      summary.rejected++;
      note('error', 'posters:import.titleMissing', 'title');
      continue;
    }
    const key = fold(title);
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      summary.rejected++;
      note('error', 'posters:import.duplicate', 'title', { first: firstRow });
      continue;
    }
    seen.set(key, row);

    const presenters: string[] = [];
    for (const name of splitNames(cell('presenters'))) {
      const person = findPerson(name);
      if (person) presenters.push(person.id);
      else note('warning', 'posters:import.unknownPresenter', 'presenters', { name });
    }
    let themeId: string | null = null;
    if (cell('theme') !== '') {
      themeId = findTheme(cell('theme'))?.id ?? null;
      if (themeId === null) note('warning', 'posters:import.unknownTheme', 'theme');
    }
    const yesNo = (field: PosterField): boolean => {
      const value = readYesNo(cell(field));
      if (value === null) note('warning', 'posters:import.notYesNo', field);
      return value ?? false;
    };
    const highlighted = yesNo('highlighted');
    const size = readSize(cell('size'));
    if (size === null) note('warning', 'posters:import.unknownSize', 'size');
    const needs = [...(yesNo('power') ? (['power'] as const) : []), ...(yesNo('table') ? (['table'] as const) : [])];
    const known = existing.get(key);
    const poster: Poster = {
      id: known?.id ?? newId(),
      title,
      presenters,
      project: cell('project'),
      themeId,
      highlighted,
      size: size ?? 'A0-portrait',
      needs,
      boardFaceId: known?.boardFaceId ?? null,
      pinned: known?.pinned ?? false,
      assumed: [],
    };
    if (known) summary.updated++;
    else summary.added++;
    posters.push(poster);
  }
  return { posters, notes, summary };
}

/** The report as rows for a CSV the organiser can keep: the summary, then row, column, value, level and what to do. */
export function posterReportRows(t: TFunction, summary: PosterImportSummary, notes: readonly ImportNote[]): string[][] {
  const header = (['row', 'column', 'value', 'level', 'message'] as const).map((key) => t(`participants:report.${key}`));
  const lines = sortNotes(notes).map((note) => [
    note.row === undefined ? '' : String(note.row), note.column ?? '', note.value ?? '', t(`participants:report.levels.${note.level}`), problemMessage(t, note),
  ]);
  return [[t('posters:import.summary', { ...summary })], header, ...lines];
}
