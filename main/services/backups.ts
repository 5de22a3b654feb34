/**
 * Before a save replaces a project file, its previous version is copied into the data folder: the last few per file,
 * so a bad save or a wrong "Overwrite" can be undone by hand without filling a shared folder with .bak files.
 */
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { sha256Of } from './disk-fingerprint.ts';

/** Previous versions kept per project file. */
export const BACKUP_LIMIT = 5;

/** "plan.regie" at some path -> "plan-1a2b3c4d": readable, and two files of the same name in two folders stay apart. */
export function backupFolder(dataFolder: string, path: string): string {
  const name = basename(path).replace(/\.regie$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 60) || 'projet';
  return join(dataFolder, 'backups', `${name}-${sha256Of(resolve(path)).slice(0, 8)}`);
}

/** "2026-12-01T02-05-51-123Z.regie": sorts by time, valid on every file system. */
const stampName = (now: Date) => `${now.toISOString().replace(/[:.]/g, '-')}.regie`;

/** Copies the file about to be replaced (if there is one); keeps the newest `limit`. Returns the copy's path, or null. */
export async function backUpBeforeSave(dataFolder: string, path: string, now = new Date(), limit = BACKUP_LIMIT): Promise<string | null> {
  const folder = backupFolder(dataFolder, path);
  await mkdir(folder, { recursive: true });
  const copy = join(folder, stampName(now));
  try {
    await copyFile(path, copy);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const kept = (await readdir(folder)).filter((name) => name.endsWith('.regie')).sort().reverse();
  for (const old of kept.slice(limit)) await rm(join(folder, old), { force: true });
  return copy;
}

/** The backups of a project file, newest first. */
export async function backupsOf(dataFolder: string, path: string): Promise<string[]> {
  const folder = backupFolder(dataFolder, path);
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.regie')).sort().reverse().map((name) => join(folder, name));
}
