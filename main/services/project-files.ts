/** Project files on disk: open (parse, migrate, validate, restore) and save atomically. */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { openProjectText, serializeProject } from '../../shared/model/document.ts';
import type { Project } from '../../shared/model/schema.ts';
import type { Problem } from '../../shared/problems.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readBytes, type ReadProgress } from './read-bytes.ts';

export type ReadProject =
  | { readonly ok: true; readonly project: Project; readonly repairs: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The largest supported project: eight times the large benchmark event (3 days, 40 rooms, 1,500 sessions,
 * 10,000 participants: 8 MB in format 2), itself far beyond the largest real event (a few MB). Anything bigger is refused
 * before it is read; anything smaller opens within the reading worker's memory (READING_LIMITS).
 */
export const MAX_PROJECT_BYTES = 64 * 1024 * 1024;

/** A save that failed; the previous file is untouched. `problem` says why, in the user's words. */
export class ProjectFileError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);

function readFailure(error: unknown, file: string): Problem {
  const code = errorCode(error);
  if (code === 'ENOENT') return { code: 'model:open.notFound', file };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'model:open.noPermission', file };
  if (code === 'EISDIR') return { code: 'model:open.isFolder', file };
  return { code: 'model:open.unreadable', file, params: { reason: code } };
}

/** Reads and opens a project file; every failure comes back as Problems naming the file. */
export async function readProjectFile(path: string, onProgress?: ReadProgress): Promise<ReadProject> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problems: [{ code: 'model:open.isFolder', file }] };
    if (info.size > MAX_PROJECT_BYTES) {
      const mb = (n: number) => Math.round(n / (1024 * 1024));
      return { ok: false, problems: [{ code: 'model:open.tooLarge', file, params: { sizeMb: mb(info.size), limitMb: mb(MAX_PROJECT_BYTES) } }] };
    }
    bytes = await readBytes(path, onProgress);
  } catch (error) {
    return { ok: false, problems: [readFailure(error, file)] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const position = firstInvalidUtf8(bytes);
    return { ok: false, problems: [{ code: 'model:open.notUtf8', file, params: { position } }] };
  }
  return openProjectText(text, file);
}

/** Where decoding first fails, so the message can point at it. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoded = bytes.toString('utf8');
  const bad = decoded.indexOf('\uFFFD');
  return bad < 0 ? 0 : Buffer.byteLength(decoded.slice(0, bad), 'utf8');
}

function writeFailure(error: unknown, file: string): Problem {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return { code: 'model:save.noSpace', file };
  // A file where a folder of the path should be is, for the user, a folder that does not exist.
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'model:save.noFolder', file };
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { code: 'model:save.noPermission', file };
  return { code: 'model:save.failed', file, params: { reason: error instanceof Error ? error.message : code } };
}

/**
 * Saves atomically: the text goes to a temporary file in the same folder, is flushed to disk, then renamed over
 * the target. A failure at any step leaves the previous file as it was and no temporary file behind. Returns the bytes written.
 */
export async function writeProjectFile(path: string, project: Project): Promise<Buffer> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    // Encoded once: the same bytes are written, then hashed and kept as a snapshot by the caller.
    bytes = Buffer.from(serializeProject(project), 'utf8');
  } catch (error) {
    throw new ProjectFileError(writeFailure(error, file));
  }
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new ProjectFileError(writeFailure(error, file));
  }
  return bytes;
}
