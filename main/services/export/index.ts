/** Venue workbooks: builds the chosen workbooks of a project into a folder. */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../../shared/model/schema.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { WORKBOOKS, type WorkbookId } from '../../../shared/exports/workbook-ids.ts';
import type { Problem } from '../../../shared/problems.ts';
import { exportContext } from '../../../shared/exports/context.ts';
import { formatPrintDate } from '../../../shared/i18n/dates.ts';
import { badgeRows } from '../../../shared/exports/reception.ts';
import { toCsv } from '../../../shared/exports/csv.ts';
import { workbookFileName } from '../../../shared/exports/workbooks.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { writeProblem } from '../write-problem.ts';
import { buildCatering } from './catering.ts';
import { buildPosters } from './posters.ts';
import { buildReception } from './reception.ts';
import { buildRooms } from './rooms.ts';
import { buildSetup } from './setup.ts';
import { buildTimetable } from './timetable.ts';
import { buildTours } from './tours.ts';
import type { WorkbookBuilder } from './workbook.ts';

const builders: Record<WorkbookId, WorkbookBuilder> = {
  timetable: buildTimetable,
  rooms: buildRooms,
  setup: buildSetup,
  catering: buildCatering,
  tours: buildTours,
  posters: buildPosters,
  reception: buildReception,
};

/** Light compression: several times faster to write, and venue workbooks stay small anyway. */
const WRITE_OPTIONS = { zip: { compression: 'DEFLATE' as const, compressionOptions: { level: 1 } } };

/** How far an export has got: shown as "3 / 7" while it runs. */
export interface ExportProgress {
  readonly done: number;
  readonly total: number;
  /** The workbook just finished. */
  readonly workbook: WorkbookId;
  readonly file: string;
}

/** An export that stopped: its problem says which workbook, why, and what to do. Files already written are complete. */
export class ExportFailed extends Error {
  constructor(readonly problem: Problem, readonly written: readonly string[]) {
    super(problem.code);
    this.name = 'ExportFailed';
  }
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** Failures a person can act on by name (disk full, read-only, folder gone): said in those words, not as an errno. */
const NAMED_WRITE_FAILURES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR']);

/** Writes each workbook atomically into `folder`; returns the file names written. */
export async function exportWorkbooks(
  project: Project,
  only: readonly WorkbookId[],
  language: Language,
  folder: string,
  onProgress?: (progress: ExportProgress) => void,
): Promise<string[]> {
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat?.isDirectory()) throw new ExportFailed({ code: 'exports:problem.folderMissing', params: { folder } }, []);
  const ctx = exportContext(project, language);
  const print = { eventName: project.event.name, printedOn: formatPrintDate(new Date(), project.event.timeZone, language), t: ctx.t };
  // Always in the same order, whatever order they were asked in, each at most once.
  const chosen = WORKBOOKS.filter((id) => only.includes(id));
  const written: string[] = [];
  for (const id of chosen) {
    const fileName = workbookFileName(ctx, id);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await builders[id](ctx, print).xlsx.writeBuffer(WRITE_OPTIONS));
    } catch (error) {
      throw new ExportFailed({ code: 'exports:problem.buildFailed', params: { workbook: ctx.t(`workbook.${id}.name`), reason: reasonOf(error) } }, written);
    }
    await write(join(folder, fileName), fileName, bytes, written);
    if (id === 'reception') {
      // Badge printers take CSV; French spreadsheets expect ";" between columns.
      const badges = workbookFileName(ctx, 'badges', 'csv');
      await write(join(folder, badges), badges, `\ufeff${toCsv(badgeRows(ctx), language === 'fr' ? ';' : ',')}`, written);
    }
    onProgress?.({ done: chosen.indexOf(id) + 1, total: chosen.length, workbook: id, file: fileName });
  }
  return written;
}

async function write(path: string, fileName: string, data: Uint8Array | string, written: string[]): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    const named = NAMED_WRITE_FAILURES.has((error as NodeJS.ErrnoException | null)?.code ?? '');
    throw new ExportFailed(
      named ? writeProblem(error, path, fileName) : { code: 'exports:problem.writeFailed', file: fileName, params: { file: fileName, reason: reasonOf(error) } },
      written,
    );
  }
  written.push(fileName);
}
