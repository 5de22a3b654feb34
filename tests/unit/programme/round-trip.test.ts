/** The sample event exported to schedule.xml by Régie's own export, then imported into an empty project: the same programme. */
import { describe, expect, it } from 'vitest';
import { fullName } from '../../../shared/model/people.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { importProgramme } from '../../../shared/programme/apply.ts';
import { programmeOf } from '../../../shared/programme/programme-entries.ts';
import { readProgramme } from '../../../shared/programme/read-programme.ts';
import { scheduleJson } from '../../../shared/programme/schedule-json.ts';
import { scheduleXml } from '../../../shared/programme/schedule-xml.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

/** What an attendee reads of each placed session: title, kind, room, day, start, length, language, theme, people. */
function programmeAsRead(project: Project): string[] {
  const rooms = new Map(project.rooms.map((room) => [room.id, room.name]));
  const themes = new Map(project.themes.map((theme) => [theme.id, theme.name]));
  const people = new Map(project.people.map((person) => [person.id, fullName(person)]));
  return project.sessions
    .filter((session) => session.slot)
    .map((session) => [
      session.slot!.day, session.slot!.start, rooms.get(session.slot!.roomId), session.title, session.kind, `${session.durationMinutes} min`,
      session.themeId ? themes.get(session.themeId) : '-', session.people.map((p) => people.get(p.personId)).join(' & '),
    ].join(' | '))
    .sort();
}

const usedRooms = (project: Project): string[] =>
  [...new Set(project.sessions.flatMap((session) => (session.slot ? [project.rooms.find((room) => room.id === session.slot!.roomId)!.name] : [])))].sort();

describe.each([
  ['schedule.xml', scheduleXml],
  ['schedule.json', scheduleJson],
])('the sample through %s', (file, write) => {
  const sample = sampleProject();
  const read = readProgramme(write(programmeOf(sample)), file);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const { project } = importProgramme(null, read.programme);

  it('gives the same event, days and time zone', () => {
    expect(project.event).toMatchObject({ name: sample.event.name, timeZone: sample.event.timeZone });
    expect(project.event.days.map((day) => day.date)).toEqual(sample.event.days.map((day) => day.date));
  });

  it('gives the same rooms, each session in the same room at the same day, time and length, with the same people', () => {
    expect(usedRooms(project)).toEqual(usedRooms(sample));
    expect(programmeAsRead(project)).toEqual(programmeAsRead(sample));
    expect(project.sessions).toHaveLength(sample.sessions.filter((session) => session.slot).length);
  });

  it('gives the same people, by name', () => {
    const speaking = new Set(sample.sessions.filter((session) => session.slot).flatMap((session) => session.people.map((p) => p.personId)));
    expect(project.people.map(fullName).sort()).toEqual(sample.people.filter((person) => speaking.has(person.id)).map(fullName).sort());
  });

  it('finds every session again when the export of the imported project is imported into it: nothing added, changed or moved', () => {
    const again = readProgramme(write(programmeOf(project)), file);
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    const { report } = importProgramme(project, again.programme);
    expect(report.added.sessions).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.movesKept).toEqual([]);
    expect(report.removed).toEqual([]);
  });
});
