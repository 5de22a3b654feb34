/** The programme's files (schedule.xml, schedule.json, the calendars) as names and texts, ready to be written. */
import { exportContext } from '../exports/context.ts';
import { safeFileStem } from '../exports/file-name.ts';
import { fileStem } from '../exports/workbooks.ts';
import type { Language } from '../i18n/languages.ts';
import { fullName } from '../model/people.ts';
import type { Project } from '../model/schema.ts';
import type { Problem } from '../problems.ts';
import { isKnownTimeZone } from './frab.ts';
import { personalCalendars, programmeCalendar } from './programme-calendars.ts';
import { programmeOf } from './programme-entries.ts';
import { PROGRAMME_FORMATS, type ProgrammeFormat } from './programme-formats.ts';
import { scheduleJson } from './schedule-json.ts';
import { scheduleXml } from './schedule-xml.ts';

export interface ProgrammeFile {
  readonly format: ProgrammeFormat;
  /** The folder it goes in (the personal calendars'), or null for the chosen folder itself. */
  readonly folder: string | null;
  readonly name: string;
  readonly text: string;
}

export type ProgrammeFiles = { readonly status: 'built'; readonly files: readonly ProgrammeFile[] } | { readonly status: 'failed'; readonly problem: Problem };

/** "Camille Maumet.ics", and "Camille Maumet (2).ics" for a namesake: systems that ignore case must not merge two people. */
function personalFileNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const clean = safeFileStem(name, 'agenda');
    const key = clean.toLocaleLowerCase();
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    return nth === 1 ? `${clean}.ics` : `${clean} (${nth}).ics`;
  });
}

/** The files of the chosen formats, in the formats' order; `exportedAt` is the calendars' DTSTAMP. */
export function programmeFiles(project: Project, formats: readonly ProgrammeFormat[], language: Language, exportedAt: number): ProgrammeFiles {
  const timeZone = project.event.timeZone;
  if (!isKnownTimeZone(timeZone)) {
    return { status: 'failed', problem: { code: 'exports:programme.problem.timeZone', path: 'event.timeZone', value: timeZone, params: { timeZone } } };
  }
  const ctx = exportContext(project, language);
  const programme = programmeOf(project);
  const stem = fileStem(ctx);
  const files: ProgrammeFile[] = [];
  for (const format of PROGRAMME_FORMATS.filter((f) => formats.includes(f))) {
    if (format === 'xml') files.push({ format, folder: null, name: `${stem} - schedule.xml`, text: scheduleXml(programme) });
    if (format === 'json') files.push({ format, folder: null, name: `${stem} - schedule.json`, text: scheduleJson(programme) });
    if (format === 'ics') files.push({ format, folder: null, name: `${stem} - ${ctx.t('programme.file.calendar')}.ics`, text: programmeCalendar(ctx, programme, exportedAt) });
    if (format === 'personal') {
      const folder = `${stem} - ${ctx.t('programme.file.personal')}`;
      const calendars = personalCalendars(ctx, programme, exportedAt);
      const names = personalFileNames(calendars.map((calendar) => fullName(calendar.person)));
      calendars.forEach((calendar, i) => files.push({ format, folder, name: names[i]!, text: calendar.text }));
    }
  }
  return { status: 'built', files };
}
