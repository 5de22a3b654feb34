/** The venue workbooks: what each holds, what its file is called, and a short preview of it. */
import type { WorkbookId } from './workbook-ids.ts';
import type { ExportContext } from './context.ts';
import { safeFileStem } from './file-name.ts';
import { cateringContent } from './catering-content.ts';
import { postersContent } from './posters-content.ts';
import { receptionContent } from './reception-content.ts';
import { roomsContent } from './rooms-content.ts';
import { setupContent } from './setup-content.ts';
import type { CellValue, WorkbookContent } from './sheet.ts';
import { timetableContent } from './timetable-content.ts';
import { toursContent } from './tours-content.ts';

export const workbookContent: Record<WorkbookId, (ctx: ExportContext) => WorkbookContent> = {
  timetable: timetableContent,
  rooms: roomsContent,
  setup: setupContent,
  catering: cateringContent,
  tours: toursContent,
  posters: postersContent,
  reception: receptionContent,
};

/** The event's short name, made safe for a file name on every system. */
export const fileStem = (ctx: ExportContext): string => safeFileStem(ctx.project.event.shortName.trim() || ctx.project.event.name, 'Regie');

/** "JA PEPR Santé Numérique 2025 - Programme.xlsx" */
export const workbookFileName = (ctx: ExportContext, id: WorkbookId | 'badges', extension = 'xlsx'): string =>
  `${fileStem(ctx)} - ${ctx.t(`file.${id}`)}.${extension}`;

export interface WorkbookPreview {
  readonly id: WorkbookId;
  readonly fileName: string;
  readonly sheets: readonly { readonly name: string; readonly rows: number }[];
  /** Headers and first rows of the first sheet that has rows. */
  readonly columns: readonly string[];
  readonly sample: readonly (readonly CellValue[])[];
}

export function previewWorkbook(ctx: ExportContext, id: WorkbookId, sampleRows = 3): WorkbookPreview {
  const content = workbookContent[id](ctx);
  const first = content.sheets.find((sheet) => sheet.rows.length > 0);
  const list = content.sheets.find((sheet) => sheet.kind === 'table');
  // A grid's preview uses the flat list's headers: its own rows are the same sessions as a list.
  const columns = (first?.kind === 'table' ? first : list)?.columns.map((c) => c.header) ?? [];
  return {
    id,
    fileName: workbookFileName(ctx, id),
    sheets: content.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length })),
    columns,
    sample: first ? first.rows.slice(0, sampleRows) : [],
  };
}
