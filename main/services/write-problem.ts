/** A failed write as the Problem a person reads: the cases we can name (no folder, read-only, disk full…) named. */
import { basename, dirname } from 'node:path';
import type { Problem } from '../../shared/problems.ts';

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** `path` is what was being written (a file, or a folder being made); `shown` is how the user typed it. */
export function writeProblem(error: unknown, path: string, shown = basename(path)): Problem {
  const carried = (error as { problem?: Problem } | null)?.problem;
  if (carried && typeof carried.code === 'string') return { ...carried, file: shown };
  const folder = basename(dirname(path)) || dirname(path);
  switch (errnoOf(error)) {
    case 'ENOENT':
      return { code: 'files:save.noFolder', file: shown, params: { folder } };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'files:save.noPermission', file: shown, params: { folder } };
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'files:save.noSpace', file: shown, params: { folder } };
    case 'ENOTDIR':
      return { code: 'files:save.notAFolder', file: shown, params: { folder } };
    case 'EEXIST':
    case 'EISDIR':
      return { code: 'files:save.exists', file: shown, params: { file: shown } };
    default:
      return { code: 'files:save.failed', file: shown, params: { folder, reason: errnoOf(error) ?? (error instanceof Error ? error.message : String(error)) } };
  }
}
