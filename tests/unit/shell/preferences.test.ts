import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPreferences, RECENT_LIMIT } from '../../../main/services/preferences.ts';

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
});
