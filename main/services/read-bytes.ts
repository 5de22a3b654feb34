/** Reads a whole file in slices, saying how far it has got: a long read shows progress and can be stopped between slices. */
import { open } from 'node:fs/promises';

/** Bytes read so far, of `total` (0 when the size is not known in advance, as for a pipe). */
export type ReadProgress = (done: number, total: number) => void;

const SLICE = 1024 * 1024;

export async function readBytes(path: string, onProgress?: ReadProgress): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const slices: Buffer[] = [];
    let done = 0;
    onProgress?.(0, size);
    for (;;) {
      const slice = Buffer.allocUnsafe(SLICE);
      const { bytesRead } = await handle.read(slice, 0, SLICE, null);
      if (bytesRead === 0) break;
      slices.push(slice.subarray(0, bytesRead));
      done += bytesRead;
      onProgress?.(done, size);
    }
    return Buffer.concat(slices, done);
  } finally {
    await handle.close();
  }
}
