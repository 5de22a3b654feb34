/** What a project file was when Régie opened or saved it, so a colleague's save in between is noticed, not overwritten. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

export interface DiskFingerprint {
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
}

export const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The file as it is now, or null when there is none. */
export async function fingerprintOf(path: string): Promise<DiskFingerprint | null> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const bytes = await readFile(path).catch(() => null);
  return bytes ? { size: info.size, mtimeMs: info.mtimeMs, sha256: sha256Of(bytes) } : null;
}

/**
 * True when the file is no longer what Régie knew: gone, another size, or other bytes. The same size and time is
 * taken as unchanged without reading it; another time with the same bytes (a copy, a sync tool's touch) is unchanged.
 */
export async function changedOnDisk(path: string, known: DiskFingerprint): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size !== known.size) return true;
  if (info.mtimeMs === known.mtimeMs) return false;
  const now = await fingerprintOf(path);
  return now === null || now.sha256 !== known.sha256;
}
