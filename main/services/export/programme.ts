/** The programme's files (schedule.xml, schedule.json, calendars) written into a folder, each atomically. */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Project } from '../../../shared/model/schema.ts';
import type { Problem } from '../../../shared/problems.ts';
import { programmeFiles, type ProgrammeFile } from '../../../shared/programme/programme-files.ts';
import type { ProgrammeFormat } from '../../../shared/programme/programme-formats.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { writeProblem } from '../write-problem.ts';
import { ExportFailed } from './index.ts';

/** Files written at once: enough to overlap the disk's flushes, few enough for any system's open-file limit. */
const PARALLEL_WRITES = 8;

/** Where one file goes: the personal calendars into their own folder, the rest into `folder`. */
export type Destination = (file: ProgrammeFile) => string;

/** Writes the programme's files where `destination` says; returns the names written ("folder/name" for the personal calendars). */
export async function writeProgrammeFiles(
  project: Project,
  formats: readonly ProgrammeFormat[],
  language: Language,
  destination: Destination,
  exportedAt = Date.now(),
): Promise<string[]> {
  const built = programmeFiles(project, formats, language, exportedAt);
  if (built.status === 'failed') throw new ExportFailed(built.problem, []);
  const folders = new Set(built.files.flatMap((file) => (file.folder ? [dirname(destination(file))] : [])));
  for (const folder of folders) {
    await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw new ExportFailed(writeProblem(error, folder, basename(folder)), []);
    });
  }
  const done = new Array<boolean>(built.files.length).fill(false);
  const shownOf = (file: ProgrammeFile): string => {
    const path = destination(file);
    return file.folder ? `${basename(dirname(path))}/${basename(path)}` : basename(path);
  };
  const failed: Problem[] = [];
  let next = 0;
  // Hundreds of personal calendars, each flushed to disk: a few written side by side take a fraction of the time.
  const worker = async (): Promise<void> => {
    while (failed.length === 0 && next < built.files.length) {
      const index = next++;
      const file = built.files[index]!;
      const path = destination(file);
      try {
        await writeFileAtomic(path, file.text);
        done[index] = true;
      } catch (error) {
        failed.push(writeProblem(error, path, shownOf(file)));
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
  const written = built.files.filter((_, i) => done[i]).map(shownOf);
  if (failed[0]) throw new ExportFailed(failed[0], written);
  return written;
}

/** Every chosen format into one folder, the personal calendars in a folder of their own inside it. */
export const intoFolder = (folder: string): Destination => (file) =>
  file.folder ? join(folder, file.folder, file.name) : join(folder, file.name);
