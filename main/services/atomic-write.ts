/** Writes a whole file or nothing: the bytes go to a temporary file in the same folder, then replace the target at once. */
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Used for project files, workbooks and reports alike; a failure leaves the previous file as it was. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  // Same folder, so the rename never crosses file systems; a dot name keeps it out of the user's sight.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // A shared file stays shared: the new one keeps the permissions of the one it replaces.
  const mode = await stat(path).then((info) => (info.isFile() ? info.mode & 0o777 : null), () => null);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (mode !== null) await chmod(temp, mode);
    // On disk before the rename: a power cut then leaves the old file or the new one, never an empty one.
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
