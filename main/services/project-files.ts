/** Project files on disk: open (parse, migrate, validate, restore) and save atomically. */
import type { Project } from '../../shared/model/schema.ts';
import type { Problem } from '../../shared/problems.ts';

export type ReadProject =
  | { readonly ok: true; readonly project: Project; readonly repairs: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export async function readProjectFile(_path: string): Promise<ReadProject> {
  throw new Error('not implemented');
}

export async function writeProjectFile(_path: string, _project: Project): Promise<void> {
  throw new Error('not implemented');
}
