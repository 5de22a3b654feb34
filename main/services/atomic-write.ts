/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, then replace the target at
 * once. A symbolic link is written through (its target is updated, the link stays), and a file with several hard
 * links is updated in place after a backup, so every name keeps pointing at the same, shared file.
 */
import { randomBytes } from 'node:crypto';
import { chmod, copyFile, lstat, open, readdir, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A temporary file of ours: ".<name>.<12 hex>.tmp". */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** Older than this, a temporary file is left from an interrupted save (a save takes seconds), never one in progress. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** Where the bytes must really go: through a symbolic link (even one whose target does not exist yet) to its target. */
async function realTarget(path: string): Promise<string> {
  const info = await lstat(path).catch(() => null);
  if (!info?.isSymbolicLink()) return path;
  return realpath(path).catch(async () => resolve(dirname(path), await readlink(path)));
}

/** Removes the temporary files interrupted saves left in `folder`; a file it cannot remove is left for next time. */
export async function removeStaleTemps(folder: string, now = Date.now()): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((n) => TEMP_NAME.test(n))) {
    const path = join(folder, name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true }).catch(() => undefined);
  }
}

async function flushed(path: string, flags: string, write: (handle: Awaited<ReturnType<typeof open>>) => Promise<void>): Promise<void> {
  const handle = await open(path, flags);
  try {
    await write(handle);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A file other names share (hard links) cannot be replaced by a rename without breaking the sharing: it is
 * rewritten in place, after a flushed backup beside it; a failure puts the backup's bytes back.
 */
async function writeInPlace(path: string, data: Uint8Array | string): Promise<void> {
  const backup = join(dirname(path), `.${basename(path)}.backup`);
  await copyFile(path, backup);
  await flushed(backup, 'r+', async () => undefined);
  try {
    await flushed(path, 'r+', async (handle) => {
      await handle.truncate(0);
      await handle.writeFile(data);
    });
  } catch (error) {
    // The backup stays only if putting its bytes back failed too: it is then the one good copy.
    const restored = await copyFile(backup, path).then(() => true, () => false);
    if (restored) await rm(backup, { force: true });
    throw error;
  }
  await rm(backup, { force: true });
}

/** Used for project files, workbooks and reports alike; a failure leaves the previous file as it was. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const target = await realTarget(path);
  await removeStaleTemps(dirname(target));
  const existing = await stat(target).catch(() => null);
  if (existing?.isFile() && existing.nlink > 1) return writeInPlace(target, data);
  // Same folder, so the rename never crosses file systems; a dot name keeps it out of the user's sight.
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // A shared file stays shared: the new one keeps the permissions of the one it replaces.
  const mode = existing?.isFile() ? existing.mode & 0o777 : null;
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (mode !== null) await chmod(temp, mode);
    // On disk before the rename: a power cut then leaves the old file or the new one, never an empty one.
    await flushed(temp, 'r+', async () => undefined);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
