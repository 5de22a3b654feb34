/** What the reading worker does: open a project file, or read a registration list and take a first look at it. */
import type { Failed, SheetTable } from '../../../shared/ipc.ts';
import type { ImportContext, PreparedImport } from '../../../shared/import/prepare.ts';
import type { ReadProject } from '../project-files.ts';
import type { ReadProgress } from '../read-bytes.ts';

export type ReadJob =
  | { readonly kind: 'project'; readonly path: string }
  | { readonly kind: 'table'; readonly path: string; readonly context: ImportContext };

export type ReadTableAndLook = { readonly ok: true; readonly table: SheetTable; readonly prepared: PreparedImport } | Failed;

export type JobResult<J extends ReadJob> = J extends { kind: 'project' } ? ReadProject : ReadTableAndLook;

/** Each kind loads only what it needs: a project opens without loading the spreadsheet reader. */
export async function runJob(job: ReadJob, onProgress: ReadProgress): Promise<ReadProject | ReadTableAndLook> {
  if (job.kind === 'project') return (await import('../project-files.ts')).readProjectFile(job.path, onProgress);
  const [{ readTableFile }, { prepareImport }] = await Promise.all([import('../import/read-table.ts'), import('../../../shared/import/prepare.ts')]);
  const read = await readTableFile(job.path, undefined, onProgress);
  if (!('ok' in read)) return read;
  return { ok: true, table: read.table, prepared: prepareImport(job.context, read.table.rows) };
}

/** Messages from the worker; the result travels as JSON text, which the receiving thread parses far faster than a cloned object graph. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'result'; readonly json: string };
