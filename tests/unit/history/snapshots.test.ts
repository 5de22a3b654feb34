import { readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSnapshotStore, findCommonAncestor } from '../../../main/services/history/index.ts';
import { stampRevision } from '../../../shared/model/revisions.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { buildProject } from '../../fixtures/project.ts';
import { tempFolder } from '../../fixtures/temp-files.ts';

const saved = (project: Project, revision: string, name = project.event.name): Project =>
  stampRevision({ ...project, event: { ...project.event, name } }, { revision, projectId: 'lille-2025' });

/** Records in order, each a second older than the next, so "newest" does not depend on the clock's resolution. */
async function recordInOrder(folder: string, store: ReturnType<typeof createSnapshotStore>, projects: Project[]): Promise<void> {
  const start = Date.now() / 1000 - projects.length;
  for (const [i, project] of projects.entries()) {
    await store.record(project);
    const path = join(folder, 'snapshots', 'lille-2025', `${project.history.revision}.regie.gz`);
    await utimes(path, start + i, start + i).catch(() => undefined);
  }
}

describe('the snapshot store', () => {
  it('gives back a revision as it was, compressed on disk', async () => {
    const folder = await tempFolder();
    const store = createSnapshotStore(folder);
    const project = saved(buildProject(), 'r1', 'Journées 2025');
    await store.record(project);
    expect(await store.load('lille-2025', 'r1')).toEqual(project);
    const file = join(folder, 'snapshots', 'lille-2025', 'r1.regie.gz');
    expect((await stat(file)).size).toBeLessThan(JSON.stringify(project).length);
    expect(await store.load('lille-2025', 'unknown')).toBeNull();
  });

  it('keeps at most the count it is given, dropping the oldest', async () => {
    const folder = await tempFolder();
    const store = createSnapshotStore(folder, { count: 3, bytes: 1e9 });
    let project = buildProject();
    const versions: Project[] = [];
    for (const revision of ['r1', 'r2', 'r3', 'r4', 'r5']) versions.push((project = saved(project, revision)));
    await recordInOrder(folder, store, versions);
    await store.record(versions[4]!);
    expect(await store.revisions('lille-2025')).toEqual(['r5', 'r4', 'r3']);
    expect(await store.load('lille-2025', 'r1')).toBeNull();
  });

  it('keeps under the byte budget, but never drops the newest', async () => {
    let project = buildProject();
    const versions: Project[] = [];
    for (const revision of ['r1', 'r2', 'r3', 'r4']) versions.push((project = saved(project, revision)));
    const measure = await tempFolder();
    await createSnapshotStore(measure).record(versions[2]!);
    await createSnapshotStore(measure).record(versions[3]!);
    const size = async (revision: string) => (await stat(join(measure, 'snapshots', 'lille-2025', `${revision}.regie.gz`))).size;
    const tight = await tempFolder();
    const store = createSnapshotStore(tight, { count: 100, bytes: (await size('r3')) + (await size('r4')) });
    await recordInOrder(tight, store, versions);
    await store.record(versions[3]!);
    expect(await store.revisions('lille-2025')).toEqual(['r4', 'r3']);
    const alone = createSnapshotStore(await tempFolder(), { count: 100, bytes: 1 });
    await alone.record(versions[0]!);
    expect(await alone.revisions('lille-2025')).toEqual(['r1']);
  });

  it('skips a project without ids, and ids that are not plain names', async () => {
    const folder = await tempFolder();
    const store = createSnapshotStore(folder);
    await store.record(buildProject());
    await store.record(stampRevision(buildProject(), { revision: '../../escape', projectId: 'p' }));
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('finding the common ancestor of two copies', () => {
  it('is the newest revision both descend from that has a snapshot', async () => {
    const store = createSnapshotStore(await tempFolder());
    const base = saved(buildProject(), 'r1', 'Base');
    const shared = saved(base, 'r2', 'Shared');
    const mine = saved(shared, 'm3', 'Mine');
    const theirs = saved(saved(shared, 't3', 'Theirs'), 't4', 'Theirs again');
    for (const project of [base, shared, mine, theirs]) await store.record(project);
    expect(await findCommonAncestor(mine, theirs, store)).toEqual(shared);
    expect(await findCommonAncestor(theirs, mine, store)).toEqual(shared);
  });

  it('is one copy itself when the other descends from it', async () => {
    const store = createSnapshotStore(await tempFolder());
    const mine = saved(buildProject(), 'r1', 'Mine');
    const theirs = saved(mine, 'r2', 'Theirs');
    await store.record(mine);
    expect(await findCommonAncestor(mine, theirs, store)).toEqual(mine);
  });

  it('falls back to an older shared revision when the newest has no snapshot', async () => {
    const store = createSnapshotStore(await tempFolder());
    const base = saved(buildProject(), 'r1', 'Base');
    const shared = saved(base, 'r2', 'Shared');
    await store.record(base);
    expect(await findCommonAncestor(saved(shared, 'm3'), saved(shared, 't3'), store)).toEqual(base);
  });

  it('is null when the copies share nothing known', async () => {
    const store = createSnapshotStore(await tempFolder());
    const mine = saved(buildProject(), 'm1');
    await store.record(mine);
    expect(await findCommonAncestor(mine, saved(buildProject(), 't1'), store)).toBeNull();
    expect(await findCommonAncestor(buildProject(), buildProject(), store)).toBeNull();
  });

  it('reads the data folder REGIE_DATA_DIR names when no store is given', async () => {
    const folder = await tempFolder();
    const mine = saved(buildProject(), 'r1', 'Mine');
    await createSnapshotStore(folder).record(mine);
    const before = process.env.REGIE_DATA_DIR;
    process.env.REGIE_DATA_DIR = folder;
    try {
      expect(await findCommonAncestor(mine, saved(mine, 'r2'))).toEqual(mine);
    } finally {
      if (before === undefined) delete process.env.REGIE_DATA_DIR;
      else process.env.REGIE_DATA_DIR = before;
    }
  });
});
