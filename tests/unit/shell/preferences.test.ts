import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPreferences, PLACES_LIMIT, RECENT_LIMIT } from '../../../main/services/preferences.ts';

let folder: string;
const open = () => openPreferences(folder, (options) => new Conf(options));

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-prefs-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('preferences', () => {
  it('start with the system language and no recent file, and nothing to tell', async () => {
    const preferences = await open();
    expect(preferences.language()).toBe('system');
    expect(preferences.recentFiles()).toEqual([]);
    expect(preferences.takeNotices()).toEqual([]);
  });

  it('remember the language and the recent files across restarts, most recent first, without duplicates', async () => {
    const first = await open();
    first.setLanguage('en');
    first.addRecentFile('/a.regie');
    first.addRecentFile('/b.regie');
    first.addRecentFile('/a.regie');
    const again = await open();
    expect(again.language()).toBe('en');
    expect(again.recentFiles()).toEqual(['/a.regie', '/b.regie']);
  });

  it(`keep at most ${RECENT_LIMIT} recent files`, async () => {
    const preferences = await open();
    for (let i = 0; i < RECENT_LIMIT + 5; i++) preferences.addRecentFile(`/file-${i}.regie`);
    expect(preferences.recentFiles()).toHaveLength(RECENT_LIMIT);
    expect(preferences.recentFiles()[0]).toBe(`/file-${RECENT_LIMIT + 4}.regie`);
  });

  it.each([
    ['not JSON', '{ "language": "fr", '],
    ['a value outside the schema', JSON.stringify({ language: 'de', recentFiles: [] })],
  ])('set aside a settings file that is %s, start clean and say so', async (_case, content) => {
    await writeFile(join(folder, 'config.json'), content);
    const preferences = await open();
    expect(preferences.language()).toBe('system');
    const notices = preferences.takeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.code).toBe('common:preferences.reset');
    const aside = (await readdir(folder)).filter((name) => name.startsWith('config.unreadable-'));
    expect(aside).toEqual([notices[0]!.params!.file]);
    expect(await readFile(join(folder, aside[0]!), 'utf8')).toBe(content);
    expect(preferences.takeNotices()).toEqual([]);
  });

  it('fall back to defaults when the file is damaged while the app runs, and can still save', async () => {
    const preferences = await open();
    preferences.setLanguage('fr');
    await writeFile(join(folder, 'config.json'), 'garbage');
    expect(preferences.language()).toBe('system');
    preferences.setLanguage('en');
    expect(preferences.language()).toBe('en');
  });

  it('remember the timetable per file across restarts (day, first room, time) and which findings the grid shows', async () => {
    const first = await open();
    expect(first.shownFindings()).toEqual(['error', 'warning', 'info']);
    expect(first.timetablePlace('/a.regie')).toBeNull();
    first.rememberTimetablePlace('/a.regie', { day: '2025-10-15', roomId: 'amphi-b', minute: 600 });
    first.rememberTimetablePlace('/b.regie', { day: '2025-10-14', roomId: null, minute: 480 });
    first.rememberTimetablePlace('/a.regie', { day: '2025-10-14', roomId: 'hall', minute: 660 });
    first.setShownFindings(['error', 'warning']);
    const again = await open();
    expect(again.timetablePlace('/a.regie')).toEqual({ day: '2025-10-14', roomId: 'hall', minute: 660 });
    expect(again.timetablePlace('/b.regie')).toEqual({ day: '2025-10-14', roomId: null, minute: 480 });
    expect(again.shownFindings()).toEqual(['error', 'warning']);
  });

  it(`forget the places of files not looked at for a long time (${PLACES_LIMIT} kept) and ignore a damaged one`, async () => {
    const preferences = await open();
    for (let i = 0; i <= PLACES_LIMIT; i++) preferences.rememberTimetablePlace(`/file-${i}.regie`, { day: '2025-10-14', roomId: null, minute: i });
    expect(preferences.timetablePlace('/file-0.regie')).toBeNull();
    expect(preferences.timetablePlace(`/file-${PLACES_LIMIT}.regie`)).toEqual({ day: '2025-10-14', roomId: null, minute: PLACES_LIMIT });
    const config = JSON.parse(await readFile(join(folder, 'config.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(join(folder, 'config.json'), JSON.stringify({ ...config, timetablePlaces: [{ file: '/x.regie', day: 'tuesday', minute: -1 }] }));
    expect((await open()).timetablePlace('/x.regie')).toBeNull();
  });
});
