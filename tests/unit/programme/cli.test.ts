/** `regie programme import`: a new project from a schedule, an update of an existing one, refusals that write nothing. */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile, writeProjectFile } from '../../../main/services/project-files.ts';
import { twoRoomEvent } from '../../fixtures/project.ts';
import { runCli } from '../cli/run-cli.ts';
import { scheduleJson, scheduleXml, talk, type DayText } from './schedules.ts';

const DAYS: DayText[] = [{ date: '2025-10-14', rooms: { 'Amphi A': [talk()], 'Salle Pasteur': [talk({ guid: 'e-2', room: 'Salle Pasteur', title: 'Atelier FHIR', type: 'workshop' })] } }];

async function folderWith(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-programme-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return folder;
}

async function projectIn(folder: string, name: string) {
  const read = await readProjectFile(join(folder, name));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.project;
}

describe('regie programme import', () => {
  it('makes a new project from schedule.xml alone and says what it holds and what to check', async () => {
    const folder = await folderWith({ 'schedule.xml': scheduleXml(DAYS) });
    const run = await runCli(['programme', 'import', 'schedule.xml', '--out', 'new.regie'], folder);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([
      'In the programme — sessions: 2, rooms: 2, themes: 1, speakers: 1, days: 1.',
      'Added to the project — rooms: 2, themes: 1, speakers: 1, days: 0.',
      '2 sessions added:',
      '  “Jumeaux numériques du cœur”',
      '  “Atelier FHIR”',
      '2 new rooms at an assumed capacity (check it):',
      '  “Amphi A”',
      '  “Salle Pasteur”',
      'Project written: new.regie',
    ]);
    const project = await projectIn(folder, 'new.regie');
    expect(project.event.name).toBe('Journées annuelles 2025');
    expect(project.sessions.map((session) => [session.title, session.slot?.start])).toEqual([['Jumeaux numériques du cœur', '09:00'], ['Atelier FHIR', '09:00']]);
  });

  it('updates an existing project from schedule.json and reports, in French, a move kept from Régie as --json does in English', async () => {
    const folder = await folderWith({ 'schedule.json': scheduleJson(DAYS) });
    await writeProjectFile(join(folder, 'event.regie'), twoRoomEvent());
    expect((await runCli(['programme', 'import', 'event.regie', 'schedule.json', '--out', 'first.regie'], folder)).code).toBe(0);
    const moved = DAYS.map((day) => ({ ...day, rooms: { ...day.rooms, 'Amphi A': [talk({ start: '11:30', date: '2025-10-14T11:30:00+02:00' })] } }));
    await writeFile(join(folder, 'schedule.json'), scheduleJson(moved));
    const run = await runCli(['programme', 'import', 'first.regie', 'schedule.json', '--out', 'second.regie'], folder, 'fr');
    expect(run.out).toContain('1 session placée autrement dans Régie, où elle reste (déplacez-la si le programme a raison) :');
    expect(run.out).toContain('  « Jumeaux numériques du cœur » : dans Régie 14 oct. 09:00, Amphi A (45 min) ; au programme 14 oct. 11:30, Amphi A (45 min)');
    const json = await runCli(['programme', 'import', 'first.regie', 'schedule.json', '--out', 'second.regie', '--json'], folder);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({
      counts: { sessions: 2, rooms: 2 },
      added: { sessions: [], rooms: [] },
      movesKept: [{ title: 'Jumeaux numériques du cœur', inRegie: { room: 'Amphi A', start: '09:00' }, inProgramme: { room: 'Amphi A', start: '11:30' } }],
      roomsToCheck: [],
    });
    expect((await projectIn(folder, 'second.regie')).rooms.find((room) => room.name === 'Amphi A')?.capacity).toBe(100);
  });

  it('refuses a hostile schedule with its line, writes nothing and exits 2', async () => {
    const folder = await folderWith({ 'schedule.xml': '<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule/>' });
    const run = await runCli(['programme', 'import', 'schedule.xml', '--out', 'new.regie'], folder);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^schedule\.xml, line 2: this programme declares XML entities/);
    expect(run.err[1]).toBe('Nothing was written.');
    expect(await readdir(folder)).toEqual(['schedule.xml']);
  });

  it('says how to use it when --out or the schedule is missing, and names a missing file', async () => {
    const folder = await folderWith({});
    const noOut = await runCli(['programme', 'import', 'schedule.xml'], folder);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toEqual(['Usage: regie programme import [<project.regie>] <schedule.xml|schedule.json> --out <file.regie> [--json]. Without a project, a new project is made from the programme.']);
    const missing = await runCli(['programme', 'import', 'missing.xml', '--out', 'new.regie'], folder);
    expect(missing.err[0]).toBe('missing.xml: This file could not be opened (ENOENT). The open project is kept; check the file or choose another one.');
    expect((await runCli(['programme', 'dance'], folder)).err).toEqual(['Usage: regie programme <action> … Actions: import, export.']);
  });
});
