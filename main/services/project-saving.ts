/**
 * Saving over a project file without losing anyone's work: a file a colleague changed since it was opened is not
 * overwritten unless asked; the previous version goes to the backups; every save is a new revision.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { stampRevision } from '../../shared/model/revisions.ts';
import type { Project } from '../../shared/model/schema.ts';
import { backUpBeforeSave } from './backups.ts';
import { changedOnDisk, sha256Of, type DiskFingerprint } from './disk-fingerprint.ts';
import { writeProjectFile } from './project-files.ts';

export type ProjectSaveOutcome =
  | { readonly status: 'saved'; readonly project: Project; readonly fingerprint: DiskFingerprint; readonly bytes: Buffer }
  | { readonly status: 'changedOnDisk' };

export interface SaveOptions {
  readonly dataFolder: string;
  /** What the file was when opened or last saved; null: nothing to compare with (a new file, Save as…). */
  readonly known: DiskFingerprint | null;
  /** The user chose "Overwrite": the comparison is skipped. */
  readonly overwrite?: boolean;
  /** Makes the revision and project ids; random UUIDs unless a test gives its own. */
  readonly newId?: () => string;
}

/** Throws ProjectFileError when the file cannot be written; the previous file is then as it was. */
export async function saveProjectSafely(path: string, project: Project, options: SaveOptions): Promise<ProjectSaveOutcome> {
  if (options.known && !options.overwrite && (await changedOnDisk(path, options.known))) return { status: 'changedOnDisk' };
  const newId = options.newId ?? randomUUID;
  const stamped = stampRevision(project, { revision: newId(), projectId: newId() });
  // A backup that cannot be made (data folder full or locked) must not stop the save itself.
  await backUpBeforeSave(options.dataFolder, path).catch(() => null);
  const bytes = await writeProjectFile(path, stamped);
  const info = await stat(path);
  return { status: 'saved', project: stamped, bytes, fingerprint: { size: bytes.length, mtimeMs: info.mtimeMs, sha256: sha256Of(bytes) } };
}
