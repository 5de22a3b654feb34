/** `regie merge <mine> <theirs> [--base <ancestor>] --out <merged> [--prefer mine|theirs] [--json] [--force]`: merges a colleague's copy. */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { conflictPlace, mergeProjects, resolveMerge, stampMergedRevision, valueInWords, type MergeResult } from '../../shared/merge/index.ts';
import type { Project } from '../../shared/model/schema.ts';
import { formatPath } from '../../shared/problems.ts';
import { dataFolder } from '../services/data-folder.ts';
import { createSnapshotStore, findCommonAncestor } from '../services/history/index.ts';
import { writeProjectFile } from '../services/project-files.ts';
import type { CliCommand, CliIO } from './io.ts';
import { openForCli, parseCli } from './validate.ts';

/** A project named on the command line, or null when it cannot be read (the reason is printed). */
async function open(file: string, io: CliIO): Promise<Project | null> {
  const opened = await openForCli(file, io);
  return typeof opened === 'number' ? null : opened.project;
}

const shown = (value: unknown): unknown => (value === undefined ? null : value);

/** Each conflict as the review in the app says it: where, in words, and the three values as an organiser reads them. */
function printConflicts(io: CliIO, result: MergeResult, copies: readonly Project[], preferTheirs: boolean): void {
  const side = io.t(preferTheirs ? 'merge:cli.sideTheirs' : 'merge:cli.sideMine');
  io.out(io.t('merge:cli.conflicts', { count: result.conflicts.length, side }));
  for (const c of result.conflicts) {
    const text = (value: unknown) => valueInWords(io.t, value, copies, c.path.at(-1));
    io.out(io.t('merge:cli.conflict', { path: conflictPlace(io.t, c, copies), mine: text(c.mine), theirs: text(c.theirs), base: text(c.base) }));
  }
}

export const run: CliCommand = async (args, io) => {
  const parsed = parseCli({
    allowPositionals: true,
    options: { base: { type: 'string' }, out: { type: 'string' }, prefer: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' } },
  }, args, io, 'merge:cli.usage');
  if (!parsed) return 2;
  const [mineFile, theirsFile, ...extra] = parsed.positionals;
  const { base: baseFile, out, prefer = 'mine', json = false, force = false } = parsed.values;
  if (mineFile === undefined || theirsFile === undefined || extra.length > 0 || out === undefined) {
    io.err(io.t('merge:cli.usage'));
    return 2;
  }
  if (prefer !== 'mine' && prefer !== 'theirs') {
    io.err(io.t('merge:cli.badPrefer', { value: prefer }));
    return 2;
  }
  const mine = await open(mineFile, io);
  const theirs = mine && (await open(theirsFile, io));
  const given = theirs && baseFile !== undefined ? await open(baseFile, io) : null;
  if (!mine || !theirs || (baseFile !== undefined && !given)) return 2;

  const [mineId, theirsId] = [mine.history.projectId, theirs.history.projectId];
  if (mineId !== '' && theirsId !== '' && mineId !== theirsId && !force) {
    io.err(io.t('merge:cli.otherProject', { mine: mineFile, theirs: theirsFile, mineId, theirsId }));
    return 2;
  }
  const store = createSnapshotStore(dataFolder());
  const base = given ?? (await findCommonAncestor(mine, theirs, store));
  const say = json ? io.err : io.out;
  if (base === null) say(io.t('merge:cli.twoWay', { mine: mineFile, theirs: theirsFile }));
  else if (!given) say(io.t('merge:cli.commonRevision', { revision: base.history.revision }));

  const input = { base, mine, theirs };
  const result = mergeProjects(input);
  const choices = Object.fromEntries(result.conflicts.map((c) => [c.key, prefer] as const));
  const merged = stampMergedRevision(prefer === 'theirs' ? resolveMerge(input, result, choices) : result.merged, mine, theirs, randomUUID());
  await writeProjectFile(resolve(io.cwd, out), merged);
  await Promise.all([mine, theirs, merged].map((project) => store.record(project)));

  if (json) {
    io.out(JSON.stringify({
      taken: result.taken,
      twoWay: result.twoWay,
      conflicts: result.conflicts.map((c) => ({ path: formatPath(c.path), mine: shown(c.mine), theirs: shown(c.theirs), base: shown(c.base) })),
    }, null, 2));
  } else {
    io.out(io.t('merge:cli.taken', { count: Object.values(result.taken).reduce((sum, n) => sum + n, 0), theirs: theirsFile }));
    if (result.conflicts.length > 0) printConflicts(io, result, [mine, theirs], prefer === 'theirs');
    io.out(io.t('merge:cli.written', { file: out }));
  }
  return result.conflicts.length > 0 ? 1 : 0;
};
