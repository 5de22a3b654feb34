/** What a workbook holds, before any spreadsheet library sees it: sheets of plain strings and numbers. */
import type { Room, Session } from '../model/schema.ts';
import { xmlText } from './xml-text.ts';

/** A cell is only ever plain text or a number: never an object a spreadsheet could read as a formula or link. */
export type CellValue = string | number;

/** How a sheet prints: the venue's printers take A4 and A3. */
export interface PageLayout {
  readonly paper: 'A4' | 'A3';
  readonly orientation: 'portrait' | 'landscape';
  /** Also fit the height on one page (a door sign, a day of the grid). */
  readonly onePage?: boolean;
}

export const A4_PORTRAIT: PageLayout = { paper: 'A4', orientation: 'portrait' };
export const A4_LANDSCAPE: PageLayout = { paper: 'A4', orientation: 'landscape' };
export const A3_LANDSCAPE: PageLayout = { paper: 'A3', orientation: 'landscape' };

export interface Column {
  readonly header: string;
  readonly kind: 'text' | 'number';
}

export interface TableSheet {
  readonly kind: 'table';
  readonly name: string;
  readonly page: PageLayout;
  /** Lines printed above the header row (a group's guide and time, a room's name). */
  readonly title?: readonly string[];
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** A session drawn as a block on the timetable grid. */
export interface GridBlock {
  readonly session: Session;
  /** Index into the grid's rooms. */
  readonly column: number;
  /** First and last time rows it covers (0-based, inclusive). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lines: readonly string[];
  readonly color: string | null;
}

/** One day of the timetable: rooms across, time down. */
export interface GridSheet {
  readonly kind: 'grid';
  readonly name: string;
  readonly page: PageLayout;
  readonly title: readonly string[];
  readonly rooms: readonly Room[];
  /** Row labels ("09:00"), one per step of `stepMinutes`. */
  readonly times: readonly string[];
  readonly stepMinutes: number;
  readonly blocks: readonly GridBlock[];
  /** The same day as a list, for the preview. */
  readonly rows: readonly (readonly CellValue[])[];
}

export type Sheet = TableSheet | GridSheet;

export interface WorkbookContent {
  readonly sheets: readonly Sheet[];
}

export const text = (header: string): Column => ({ header, kind: 'text' });
export const number = (header: string): Column => ({ header, kind: 'number' });

const FORBIDDEN = /[\\/?*:[\]]/g;

/** A sheet name Excel accepts (31 characters, no \ / ? * : [ ]), different from those already used. */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const clean = xmlText(wanted).replace(FORBIDDEN, '-').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  let name = xmlText(clean.slice(0, 31)).trim();
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${xmlText(clean.slice(0, 31 - suffix.length)).trim()}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}
