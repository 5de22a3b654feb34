/** The programme's files (schedule.xml, schedule.json, calendars) written into a folder, each atomically. */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { programmeFiles, type ProgrammeFile } from '../../../shared/programme/programme-files.ts';
import type { ProgrammeFormat } from '../../../shared/programme/programme-formats.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { writeProblem } from '../write-problem.ts';
import { ExportFailed } from './index.ts';

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
  const written: string[] = [];
  const made = new Set<string>();
  for (const file of built.files) {
    const path = destination(file);
    const shown = file.folder ? `${basename(dirname(path))}/${basename(path)}` : basename(path);
    try {
      const parent = dirname(path);
      if (file.folder && !made.has(parent)) {
        await mkdir(parent, { recursive: true });
        made.add(parent);
      }
      await writeFileAtomic(path, file.text);
    } catch (error) {
      throw new ExportFailed(writeProblem(error, path, shown), written);
    }
    written.push(shown);
  }
  return written;
}

/** Every chosen format into one folder, the personal calendars in a folder of their own inside it. */
export const intoFolder = (folder: string): Destination => (file) =>
  file.folder ? join(folder, file.folder, file.name) : join(folder, file.name);
