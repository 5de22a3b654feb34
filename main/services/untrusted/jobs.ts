/** What the reading worker does: open a project file, read a list (and take a first look at a registration list), read a programme, merge two copies. */
import { basename } from 'node:path';
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
  /** Two copies (and their common revision) merged: a merge of the large event takes too long for the main thread. `path`: their file, named in the progress. */
  | { readonly kind: 'merge'; readonly path: string; readonly mineJson: string; readonly theirsJson: string; readonly baseJson: string | null }
  /** A programme (frab schedule.xml or pretalx schedule.json), read and checked. */
  | { readonly kind: 'programme'; readonly path: string };

/** A project file opened (as JSON text, see OpenedProject) or refused. */
export type OpenedFile =
  | { readonly ok: true; readonly projectJson: string; readonly repairs: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A registration list read and looked at (as JSON text of a ReadList), or refused. */
export type ReadTableAndLook = { readonly ok: true; readonly listJson: string } | Failed;

/** A merge done (its MergeResult as JSON text) or failed. */
export type MergedCopies = { readonly ok: true; readonly resultJson: string } | Failed;

/** A programme read and checked (as JSON text of the ImportedProgramme, see OpenedProject's projectJson), or refused. */
export type ReadProgrammeFile = { readonly ok: true; readonly programmeJson: string; readonly notices: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

export type JobResult<J extends ReadJob> = J extends { kind: 'project' } ? OpenedFile
  : J extends { kind: 'table' } ? ReadTableAndLook
  : J extends { kind: 'merge' } ? MergedCopies
  : J extends { kind: 'programme' } ? ReadProgrammeFile
  : ReadTable;

/** Each kind loads only what it needs: a project opens without loading the spreadsheet reader. */
export async function runJob(job: ReadJob, onProgress: ReadProgress): Promise<OpenedFile | ReadTableAndLook | ReadTable | MergedCopies | ReadProgrammeFile> {
  if (job.kind === 'programme') {
    const read = await (await import('../programme/read-schedule-file.ts')).readScheduleFile(job.path, onProgress);
    return read.ok ? { ok: true, programmeJson: JSON.stringify(read.programme), notices: read.notices } : read;
  }
  if (job.kind === 'project') {
    const read = await (await import('../project-files.ts')).readProjectFile(job.path, onProgress);
    return read.ok ? { ok: true, projectJson: JSON.stringify(read.project), repairs: read.repairs } : read;
  }
  if (job.kind === 'merge') return mergeCopies(job);
  const [{ readTableFile }, { prepareImport }] = await Promise.all([import('../import/read-table.ts'), import('../../../shared/import/prepare.ts')]);
  const read = await readTableFile(job.path, undefined, onProgress);
  if (job.kind === 'sheet') return read;
  if (!('ok' in read)) return read;
  const list: ReadList = { table: read.table, prepared: prepareImport(job.context, read.table.rows) };
  return { ok: true, listJson: JSON.stringify(list) };
}

async function mergeCopies(job: Extract<ReadJob, { kind: 'merge' }>): Promise<MergedCopies> {
  const { mergeProjects } = await import('../../../shared/merge/index.ts');
  try {
    const result = mergeProjects({ mine: JSON.parse(job.mineJson), theirs: JSON.parse(job.theirsJson), base: job.baseJson === null ? null : JSON.parse(job.baseJson) });
    return { ok: true, resultJson: JSON.stringify(result) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', problems: [{ code: 'mergeReview:failed', file: basename(job.path), params: { message } }] };
  }
}

/** Messages from the worker. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly value: OpenedFile | ReadTableAndLook | ReadTable | MergedCopies | ReadProgrammeFile };
