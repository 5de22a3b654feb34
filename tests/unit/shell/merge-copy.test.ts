import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { produce } from 'immer';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../main/services/app-services.ts';
import { openPreferences } from '../../../main/services/preferences.ts';
import { createFileReader } from '../../../main/services/untrusted/reader.ts';
import type { MergeCopy } from '../../../shared/ipc.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { sessionOf, twoVenueEvent } from '../../fixtures/project.ts';

const reader = createFileReader();
afterAll(() => reader.close());

let folder: string;
let answers: string[];
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'regie-merge-copy-'));
  answers = [];
  return () => rm(folder, { recursive: true, force: true });
});

const inEvent = (project: Project, projectId: string): Project =>
  produce(project, (draft) => {
    draft.history = { projectId, revision: `${projectId}-r1`, ancestors: [] };
  });

async function services(base: Project | null = null) {
  const preferences = await openPreferences(join(folder, 'user-data'), (options) => new Conf(options));
  return createAppServices({
    preferences,
    version: '1.0.0',
    systemLocale: 'en-GB',
    reader,
    dataFolder: join(folder, 'data'),
    findCommonAncestor: async () => base,
    dialogs: { showOpen: async () => answers.shift() ?? null, showSave: async () => null, showFolder: async () => null, revealFolder: async () => undefined },
  });
}

describe('merging a copy', () => {
  it('reads the chosen copy and merges it with the open plan against the common version', async () => {
    const base = inEvent(twoVenueEvent(), 'pepr');
    const theirs = produce(base, (draft) => {
      sessionOf(draft, 'guix').slot!.start = '09:00';
    });
    answers.push(join(folder, 'theirs.regie'));
    await writeFile(answers[0]!, JSON.stringify(theirs));
    const merged = await (await services(base)).mergeCopy({ project: base, from: 'chosen' });
    if (merged.status !== 'merged') throw new Error(`expected a merge, got ${JSON.stringify(merged)}`);
    const copy = JSON.parse(merged.mergeJson) as MergeCopy;
    expect(copy).toMatchObject({ fileName: 'theirs.regie', otherEvent: null, result: { twoWay: false, conflicts: [] } });
    expect(sessionOf(copy.result.merged, 'guix').slot?.start).toBe('09:00');
    expect(copy.base?.history.projectId).toBe('pepr');
  });

  it('flags a copy of another event, naming both events', async () => {
    const mine = inEvent(twoVenueEvent(), 'pepr');
    const other = produce(inEvent(twoVenueEvent(), 'jdev'), (draft) => {
      draft.event.name = 'JDEV 2025';
    });
    answers.push(join(folder, 'other.regie'));
    await writeFile(answers[0]!, JSON.stringify(other));
    const merged = await (await services()).mergeCopy({ project: mine, from: 'chosen' });
    if (merged.status !== 'merged') throw new Error('expected a merge to review');
    const copy = JSON.parse(merged.mergeJson) as MergeCopy;
    expect(copy.otherEvent).toEqual({ mine: 'Journées test', theirs: 'JDEV 2025' });
    expect(copy.result.twoWay).toBe(true);
  });

  it('says why a copy that does not open was not merged, naming the file', async () => {
    answers.push(join(folder, 'broken.regie'));
    await writeFile(answers[0]!, '{"format": "regie-project", "version": 2, "event": ');
    const merged = await (await services()).mergeCopy({ project: twoVenueEvent(), from: 'chosen' });
    expect(merged.status).toBe('failed');
    expect(merged.status === 'failed' && merged.problems[0]).toMatchObject({ file: 'broken.regie' });
  });

  it('answers cancelled when no file is chosen, and says so when the open plan has no file to merge from', async () => {
    const app = await services();
    expect(await app.mergeCopy({ project: twoVenueEvent(), from: 'chosen' })).toEqual({ status: 'cancelled' });
    expect(await app.mergeCopy({ project: twoVenueEvent(), from: 'savedFile' })).toEqual({ status: 'failed', problems: [{ code: 'mergeReview:noSavedFile' }] });
  });
});
