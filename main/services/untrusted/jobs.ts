/** What the reading worker does: open a project file, read a list (and take a first look at a registration list). */
import type { Failed, ReadList } from '../../../shared/ipc.ts';
import type { ReadTable } from '../import/read-table.ts';
import type { ImportContext } from '../../../shared/import/prepare.ts';
import type { Problem } from '../../../shared/problems.ts';
import type { ReadProgress } from '../read-bytes.ts';

export type ReadJob =
  | { readonly kind: 'project'; readonly path: string }
  | { readonly kind: 'table'; readonly path: string; readonly context: ImportContext }
  /** A list read as text only (a poster list). */
  | { readonly kind: 'sheet'; readonly path: string }
  /** A programme (frab schedule.xml or pretalx schedule.json), read and checked. */
  | { readonly kind: 'programme'; readonly path: string };

/** A project file opened (as JSON text, see OpenedProject) or refused. */
export type OpenedFile =
  | { readonly ok: true; readonly projectJson: string; readonly repairs: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A registration list read and looked at (as JSON text of a ReadList), or refused. */
export type ReadTableAndLook = { readonly ok: true; readonly listJson: string } | Failed;

/** A programme read and checked (as JSON text of the ImportedProgramme, see OpenedProject's projectJson), or refused. */
export type ReadProgrammeFile = { readonly ok: true; readonly programmeJson: string; readonly notices: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

export type JobResult<J extends ReadJob> = J extends { kind: 'project' } ? OpenedFile
  : J extends { kind: 'table' } ? ReadTableAndLook
  : J extends { kind: 'programme' } ? ReadProgrammeFile
  : ReadTable;

/** Each kind loads only what it needs: a project opens without loading the spreadsheet reader. */
export async function runJob(job: ReadJob, onProgress: ReadProgress): Promise<OpenedFile | ReadTableAndLook | ReadTable | ReadProgrammeFile> {
  if (job.kind === 'programme') {
    const read = await (await import('../programme/read-schedule-file.ts')).readScheduleFile(job.path, onProgress);
    return read.ok ? { ok: true, programmeJson: JSON.stringify(read.programme), notices: read.notices } : read;
  }
  if (job.kind === 'project') {
    const read = await (await import('../project-files.ts')).readProjectFile(job.path, onProgress);
    return read.ok ? { ok: true, projectJson: JSON.stringify(read.project), repairs: read.repairs } : read;
  }
  const [{ readTableFile }, { prepareImport }] = await Promise.all([import('../import/read-table.ts'), import('../../../shared/import/prepare.ts')]);
  const read = await readTableFile(job.path, undefined, onProgress);
  if (job.kind === 'sheet') return read;
  if (!('ok' in read)) return read;
  const list: ReadList = { table: read.table, prepared: prepareImport(job.context, read.table.rows) };
  return { ok: true, listJson: JSON.stringify(list) };
}

/** Messages from the worker. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly value: OpenedFile | ReadTableAndLook | ReadTable | ReadProgrammeFile };
