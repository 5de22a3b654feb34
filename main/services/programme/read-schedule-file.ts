/** A schedule file from elsewhere read from disk: its size checked before it is read, its text decoded as UTF-8, then checked. */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_SCHEDULE_CHARS } from '../../../shared/programme/limits.ts';
import { readProgramme, type ImportedProgrammeRead } from '../../../shared/programme/read-programme.ts';
import { readBytes, type ReadProgress } from '../read-bytes.ts';

export async function readScheduleFile(path: string, onProgress?: ReadProgress): Promise<ImportedProgrammeRead> {
  const file = basename(path);
  let bytes: Buffer;
  try {
    // A file over the limit is refused by its size, before a byte of it is read.
    if ((await stat(path)).size > MAX_SCHEDULE_CHARS) {
      return { ok: false, problems: [{ code: 'programmeImport:file.tooLarge', file, params: { limitMb: MAX_SCHEDULE_CHARS / 1_000_000 } }] };
    }
    bytes = await readBytes(path, onProgress);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException | null)?.code ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, problems: [{ code: 'common:files.openFailed', file, params: { message: reason } }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ code: 'programmeImport:file.notUtf8', file }] };
  }
  return readProgramme(text, file);
}
