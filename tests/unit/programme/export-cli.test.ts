/** `regie programme export`: one format to the file asked, personal calendars into a folder, clear errors otherwise. */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../../main/services/project-files.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { runCli } from '../cli/run-cli.ts';
import { LONG_TITLE, programmeEvent } from './export-event.ts';
import { readCalendar } from './read-calendar.ts';
import { scheduleXsdViolations } from './schedule-xsd.ts';

async function projectFolder(project: Project = programmeEvent()): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-cli-programme-'));
  await writeProjectFile(join(folder, 'plan.regie'), project);
  return folder;
}

describe('regie programme export', () => {
  it('writes schedule.xml where --out says, valid for the c3voc schema', async () => {
    const folder = await projectFolder();
    const run = await runCli(['programme', 'export', 'plan.regie', '--format', 'xml', '--out', 'schedule.xml'], folder);
    expect(run).toEqual({ code: 0, out: ['Written: schedule.xml'], err: [] });
    const xml = await readFile(join(folder, 'schedule.xml'), 'utf8');
    expect(scheduleXsdViolations(xml)).toEqual([]);
    expect(xml).toContain('<date>2025-10-25T09:00:00+02:00</date>');
  });

  it('writes schedule.json', async () => {
    const folder = await projectFolder();
    const run = await runCli(['programme', 'export', 'plan.regie', '--format', 'json', '--out', 'schedule.json'], folder, 'fr');
    expect(run.out).toEqual(['Écrit : schedule.json']);
    const json = JSON.parse(await readFile(join(folder, 'schedule.json'), 'utf8')) as { schedule: { conference: { daysCount: number } } };
    expect(json.schedule.conference.daysCount).toBe(2);
  });

  it('writes the programme calendar, and with --per-person one calendar per person into the folder, made if needed', async () => {
    const folder = await projectFolder();
    const run = await runCli(['programme', 'export', 'plan.regie', '--format', 'ics', '--out', 'programme.ics', '--per-person', 'agendas/2025'], folder);
    expect(run).toEqual({ code: 0, out: ['Written: programme.ics', '4 personal calendars written to agendas/2025.'], err: [] });
    expect(readCalendar(await readFile(join(folder, 'programme.ics'), 'utf8')).events).toHaveLength(6);
    expect((await readdir(join(folder, 'agendas', '2025'))).sort()).toEqual(['Anne Guide.ics', 'Camille Maumet.ics', 'Marco Lorenzi.ics', 'Nobody Placed.ics']);
    const camille = readCalendar(await readFile(join(folder, 'agendas', '2025', 'Camille Maumet.ics'), 'utf8'));
    expect(camille.events.map((e) => [e.summary, e.start])).toEqual([[LONG_TITLE, '2025-10-25T07:00:00.000Z']]);
  });

  it('refuses an unknown format, a missing --out or an unknown action with the usage, exit 2, writing nothing', async () => {
    const folder = await projectFolder();
    const pdf = await runCli(['programme', 'export', 'plan.regie', '--format', 'pdf', '--out', 'x.pdf'], folder);
    expect(pdf).toEqual({ code: 2, out: [], err: ['Unknown format “pdf” in --format. Possible formats: xml, json, ics.'] });
    const usage = 'Usage: regie programme export <project.regie> --format xml|json|ics --out <file> [--per-person <folder>] [--lang fr|en]';
    expect(await runCli(['programme', 'export', 'plan.regie', '--format', 'xml'], folder)).toEqual({ code: 2, out: [], err: [usage] });
    expect(await runCli(['programme', 'publish', 'plan.regie'], folder)).toEqual({ code: 2, out: [], err: ['Usage: regie programme <action> … Actions: import, export.'] });
    expect((await readdir(folder)).sort()).toEqual(['plan.regie']);
  });

  it('says which field to fix when the event\'s time zone is unknown, exit 1, writing nothing', async () => {
    const folder = await projectFolder(produce(programmeEvent(), (draft) => {
      draft.event.timeZone = 'Europe/Lile';
    }));
    const run = await runCli(['programme', 'export', 'plan.regie', '--format', 'ics', '--out', 'programme.ics'], folder);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain('The event’s time zone “Europe/Lile” (field event.timeZone) is not known');
    expect(await readdir(folder)).toEqual(['plan.regie']);
  });

  it('names the folder that is missing when --out points into one', async () => {
    const folder = await projectFolder();
    const run = await runCli(['programme', 'export', 'plan.regie', '--format', 'xml', '--out', 'nowhere/schedule.xml'], folder);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([expect.stringContaining('schedule.xml: the folder “nowhere” does not exist')]);
  });
});
