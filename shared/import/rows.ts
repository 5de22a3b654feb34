/** Reads every line under the header into a person's fields, and says what is wrong with each bad line. */
import type { Diet, RegistrationOption } from '../model/schema.ts';
import { isEmail } from '../model/people.ts';
import { readDiet, readLanguage, readLanguages } from './choices.ts';
import { isBlankRow, isTotalRow } from './header-row.ts';
import { optionIdOf, type ColumnTargets, type ParticipantField } from './mapping.ts';
import { columnName, type ImportNote } from './notes.ts';
import { readYesNo } from './yes-no.ts';
import { keyOf } from '../i18n/typed-keys.ts';

export type TextField = Exclude<ParticipantField, 'companion' | 'diet'>;

/** One line of the file as a person: only the mapped cells that say something. */
export interface RowRecord {
  /** Row number as the spreadsheet shows it. */
  readonly row: number;
  readonly fields: Partial<Record<TextField, string>>;
  readonly diet: Diet | null;
  /** Option id → registered, for the mapped options only. */
  readonly registrations: Readonly<Record<string, boolean>>;
  /** "came with …": e-mails or names, as written. */
  readonly companions: readonly string[];
  /** Fields (or `registration:<option id>`) read with a doubt: the person is kept, the field marked "to check". */
  readonly toCheck: readonly string[];
}

export interface ReadRows {
  readonly records: RowRecord[];
  readonly notes: ImportNote[];
  /** Lines that describe a person (valid or not). */
  readonly rowsRead: number;
  readonly rejected: number;
  readonly skipped: number;
  /** E-mails of rejected lines: these people are still on the list, so a re-import must not call them removed. */
  readonly rejectedEmails: readonly string[];
}


/** "a@x.fr; b@y.fr", "Jean Dupont, Marie Curie" (comma only between e-mails), one per line. */
export function splitCompanions(cell: string): string[] {
  const parts = cell.split(/[;\n]+/).flatMap((part) => (part.includes('@') ? part.split(',') : [part]));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The mapping must say where the e-mail and the last name are before any line can be read. */
export function checkTargets(targets: ColumnTargets): ImportNote[] {
  const notes: ImportNote[] = [];
  if (!targets.includes('email')) notes.push({ level: 'error', code: 'participants:import.emailNotMapped' });
  if (!targets.includes('lastName')) notes.push({ level: 'error', code: 'participants:import.lastNameNotMapped' });
  return notes;
}

/** Excel's error values (#N/A, #REF!…): the cell says nothing readable about the person. */
const UNREADABLE = /^#(?:N\/A|NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * `formulaCells`: "rowIndex:columnIndex" of cells whose text is a formula the file kept no result for; their
 * text is taken as plain text, marked "to check".
 */
export function readRows(
  rows: readonly (readonly string[])[],
  headerIndex: number,
  targets: ColumnTargets,
  options: readonly RegistrationOption[],
  formulaCells: ReadonlySet<string> = new Set(),
): ReadRows {
  const isFormula = (rowIndex: number, column: number) => formulaCells.size > 0 && formulaCells.has(`${rowIndex}:${column}`);
  const headers = rows[headerIndex] ?? [];
  const notes: ImportNote[] = [];
  const records: RowRecord[] = [];
  const rejectedEmails: string[] = [];
  let rowsRead = 0;
  let rejected = 0;
  let skipped = 0;
  const known = new Set(options.map((o) => o.id));
  const columns = targets.map((_, c) => columnName(headers, c));
  const emailColumn = targets.indexOf('email');
  const lastNameColumn = targets.indexOf('lastName');
  const firstNameColumn = targets.indexOf('firstName');

  for (let i = 0; i < headerIndex; i++) {
    if (isBlankRow(rows[i]!)) continue;
    skipped++;
    notes.push({ level: 'info', code: 'participants:import.titleSkipped', row: i + 1, value: rows[i]!.find((c) => c.trim() !== '')?.trim() ?? '' });
  }
  // Blank lines after the last filled one are the sheet's end, not something the organiser needs to hear about.
  let end = rows.length;
  while (end > headerIndex + 1 && isBlankRow(rows[end - 1]!)) end--;
  for (let i = headerIndex + 1; i < end; i++) {
    const cells = rows[i]!;
    const row = i + 1;
    if (isBlankRow(cells)) {
      skipped++;
      notes.push({ level: 'info', code: 'participants:import.blankSkipped', row });
      continue;
    }
    if (isTotalRow(cells)) {
      skipped++;
      notes.push({ level: 'info', code: 'participants:import.totalSkipped', row, value: cells.find((c) => c.trim() !== '')!.trim() });
      continue;
    }
    rowsRead++;
    const rowNotes: ImportNote[] = [];
    const fields: Partial<Record<TextField, string>> = {};
    const registrations: Record<string, boolean> = {};
    const toCheck: string[] = [];
    let diet: Diet | null = null;
    let companions: string[] = [];
    const doubt = (key: string, code: string, column: string, value: string) => {
      if (!toCheck.includes(key)) toCheck.push(key);
      rowNotes.push({ level: 'warning', code: keyOf(`participants:import.${code}`), row, column, value });
    };
    for (let c = 0; c < targets.length; c++) {
      const target = targets[c];
      if (!target) continue;
      const raw = cells[c] ?? '';
      const value = raw.trim();
      const column = columns[c]!;
      const optionId = optionIdOf(target);
      if (optionId !== null && !known.has(optionId)) continue;
      // An unreadable e-mail goes on to be refused as invalid: the person cannot be recognised without it.
      if (target !== 'email' && value.startsWith('#') && UNREADABLE.test(value)) {
        doubt(target, 'unreadableCell', column, value);
        continue;
      }
      if (isFormula(i, c)) {
        const choice = optionId !== null || target === 'diet' || target === 'language' || target === 'otherLanguages';
        if (target !== 'email') doubt(target, choice ? 'formulaNotRead' : 'formulaText', column, value);
        if (choice) continue;
      }
      if (optionId !== null) {
        const yes = readYesNo(raw);
        if (yes === null) doubt(target, 'yesNoUnknown', column, value);
        else registrations[optionId] = yes;
        continue;
      }
      if (value === '') continue;
      switch (target) {
        case 'email':
          if (!isEmail(value)) rowNotes.push({ level: 'error', code: 'participants:import.emailInvalid', row, column, value });
          else fields.email = value;
          continue;
        case 'language': {
          const code = readLanguage(value);
          if (code === null) doubt('language', 'languageUnknown', column, value);
          else fields.language = code;
          continue;
        }
        case 'otherLanguages': {
          // Kept as codes joined by ", ": the form `importedValues` remembers and a re-import compares.
          const { codes, unknown } = readLanguages(value);
          if (unknown !== null) doubt('otherLanguages', 'otherLanguageUnknown', column, unknown);
          if (codes.length > 0) fields.otherLanguages = codes.join(', ');
          continue;
        }
        case 'diet': {
          const read = readDiet(value);
          diet = read.diet;
          if (read.unknown) {
            doubt('diet', 'dietUnknown', column, value);
            fields.allergies = fields.allergies ? `${fields.allergies}; ${value}` : value;
          }
          continue;
        }
        case 'allergies':
          fields.allergies = fields.allergies ? `${value}; ${fields.allergies}` : value;
          continue;
        case 'companion':
          companions = splitCompanions(value);
          continue;
        default:
          fields[target as TextField] = value;
      }
    }
    if (emailColumn >= 0 && (cells[emailColumn] ?? '').trim() === '') {
      rowNotes.push({ level: 'error', code: 'participants:import.emailMissing', row, column: columns[emailColumn]!, value: '' });
    }
    // A person is known by an e-mail and a name: either half of the name is enough to keep them.
    if (fields.lastName === undefined && fields.firstName === undefined) {
      rowNotes.push({ level: 'error', code: 'participants:import.nameMissing', row, column: columns[lastNameColumn] ?? '', value: '' });
    } else if (fields.lastName === undefined) {
      doubt('lastName', 'lastNameMissing', columns[lastNameColumn] ?? '', fields.firstName!);
    } else if (firstNameColumn >= 0 && fields.firstName === undefined && !toCheck.includes('firstName')) {
      doubt('firstName', 'firstNameMissing', columns[firstNameColumn]!, '');
    }
    notes.push(...rowNotes);
    if (rowNotes.some((n) => n.level === 'error')) {
      rejected++;
      if (fields.email) rejectedEmails.push(fields.email);
      continue;
    }
    records.push({ row, fields, diet, registrations, companions, toCheck });
  }
  return { records, notes, rowsRead, rejected, skipped, rejectedEmails };
}
