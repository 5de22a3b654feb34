/** The exportProgramme channel as the window calls it: the chosen formats into the chosen folder, or why nothing was written. */
import { mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../main/ipc.ts';
import { createAppServices } from '../../../main/services/app-services.ts';
import { openPreferences } from '../../../main/services/preferences.ts';
import { describeProblem, createI18n } from '../../../shared/i18n/index.ts';
import type { ExportResult } from '../../../shared/ipc.ts';
import { programmeEvent } from './export-event.ts';

async function handlersWithFolder(folders: string[]) {
  const folder = await mkdtemp(join(tmpdir(), 'regie-programme-channel-'));
  const preferences = await openPreferences(join(folder, 'user-data'), (options) => new Conf(options));
  const handlers = createHandlers(createAppServices({
    preferences, version: '1.0.0', systemLocale: 'en-GB',
    dialogs: { showOpen: async () => null, showSave: async () => null, showFolder: async () => folders.shift() ?? null, revealFolder: async () => undefined },
  }));
  return { folder, handlers };
}

describe('the exportProgramme channel', () => {
  it('writes the chosen formats into the folder the dialog gives, the personal calendars in a folder of their own', async () => {
    const folders: string[] = [];
    const { folder, handlers } = await handlersWithFolder(folders);
    const out = join(folder, 'out');
    await mkdir(out);
    folders.push(out);
    const result = await dispatch(handlers, 'exportProgramme', { project: programmeEvent(), formats: ['personal', 'xml'], language: 'fr' });
    expect(result).toEqual({
      status: 'exported',
      folderName: 'out',
      files: ['JT 2025 - schedule.xml', 'JT 2025 - Agendas personnels/Anne Guide.ics', 'JT 2025 - Agendas personnels/Marco Lorenzi.ics', 'JT 2025 - Agendas personnels/Camille Maumet.ics', 'JT 2025 - Agendas personnels/Nobody Placed.ics'],
    });
    expect((await readdir(out)).sort()).toEqual(['JT 2025 - Agendas personnels', 'JT 2025 - schedule.xml']);
  });

  it('says the export was cancelled when no folder is chosen', async () => {
    const { handlers } = await handlersWithFolder([]);
    expect(await dispatch(handlers, 'exportProgramme', { project: programmeEvent(), formats: ['ics'], language: 'en' })).toEqual({ status: 'cancelled' });
  });

  it('writes nothing and says which field to fix when the event\'s time zone is unknown', async () => {
    const folders: string[] = [];
    const { folder, handlers } = await handlersWithFolder(folders);
    folders.push(folder);
    const project = produce(programmeEvent(), (draft) => {
      draft.event.timeZone = 'Mars/Olympus';
    });
    const result = (await dispatch(handlers, 'exportProgramme', { project, formats: ['ics', 'personal'], language: 'fr' })) as ExportResult;
    if (result.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
    const t = createI18n('fr').t;
    expect(result.problems.map((problem) => describeProblem(t, problem))).toEqual([expect.stringContaining('Le fuseau horaire de l’événement « Mars/Olympus » (champ event.timeZone) est inconnu')]);
    expect(await readdir(folder)).toEqual(['user-data']);
  });

  it('refuses a request without any format before asking for a folder', async () => {
    const folders = ['/never/asked'];
    const { handlers } = await handlersWithFolder(folders);
    await expect(dispatch(handlers, 'exportProgramme', { project: programmeEvent(), formats: [], language: 'en' })).rejects.toThrow();
    expect(folders).toEqual(['/never/asked']);
  });
});
