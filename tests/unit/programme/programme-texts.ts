/** The programme's files of a project as the tests read them: one format's text, or every personal calendar by file name. */
import type { Language } from '../../../shared/i18n/languages.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { programmeFiles } from '../../../shared/programme/programme-files.ts';
import type { ProgrammeFormat } from '../../../shared/programme/programme-formats.ts';

/** 1 September 2025, 08:00 UTC: every calendar's DTSTAMP in the tests. */
export const EXPORTED_AT = Date.UTC(2025, 8, 1, 8, 0, 0);

export function programmeText(project: Project, format: Exclude<ProgrammeFormat, 'personal'>, language: Language = 'en'): string {
  const built = programmeFiles(project, [format], language, EXPORTED_AT);
  if (built.status !== 'built') throw new Error(`the ${format} export failed: ${built.problem.code}`);
  return built.files[0]!.text;
}

export function personalTexts(project: Project, language: Language = 'en'): Map<string, string> {
  const built = programmeFiles(project, ['personal'], language, EXPORTED_AT);
  if (built.status !== 'built') throw new Error(`the personal calendars failed: ${built.problem.code}`);
  return new Map(built.files.map((file) => [file.name, file.text]));
}
