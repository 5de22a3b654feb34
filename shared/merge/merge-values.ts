/** The three-way merge of one part of a project, guided by its shape: what is taken from theirs, what is a choice. */
import { VALUE_SHAPE, type Shape } from './shapes.ts';
import type { MergeArea, MergeChange, MergeChoice, MergeConflict } from './types.ts';
import { UNKNOWN, elementKey, isRecord, sameSet, sameValue } from './values.ts';

export const pathKey = (path: readonly string[]): string => JSON.stringify(path);

/** One pass of the merge: its settings, and what it finds. */
export interface MergeRun {
  /** Where a change (of either side) must be a choice because taking it would leave a dangling reference. */
  readonly held: ReadonlySet<string>;
  /** The held paths and their prefixes: where the merge must look even though theirs changed nothing. */
  readonly heldAlong: ReadonlySet<string>;
  readonly choose: (key: string) => MergeChoice;
  readonly fromTheirs: MergeChange[];
  readonly conflicts: MergeConflict[];
  readonly taken: Record<MergeArea, number>;
}

/** Where the merge is: the path from the project's root, and the id of the first record on it. */
interface Where {
  readonly path: string[];
  readonly id: string;
  /** Inside a record both sides added with the same id. */
  readonly bothAdded: boolean;
}

export function mergeArea(run: MergeRun, area: MergeArea, shape: Shape, base: unknown, mine: unknown, theirs: unknown): unknown {
  return mergeAt(run, shape, base, mine, theirs, { path: [area], id: '', bothAdded: false });
}

function mergeAt(run: MergeRun, shape: Shape, base: unknown, mine: unknown, theirs: unknown, where: Where): unknown {
  if (mine === theirs || sameValue(mine, theirs)) return mine;
  if (base !== UNKNOWN && sameValue(base, theirs) && !run.heldAlong.has(pathKey(where.path))) return mine;
  const baseFits = (check: (v: unknown) => boolean) => base === UNKNOWN || check(base);
  if ((shape.kind === 'fields' || shape.kind === 'map') && isRecord(mine) && isRecord(theirs) && baseFits(isRecord)) {
    return mergeFields(run, shape, base, mine, theirs, where);
  }
  if (shape.kind === 'records' && Array.isArray(mine) && Array.isArray(theirs) && baseFits(Array.isArray)) {
    return mergeRecords(run, shape, base as readonly unknown[] | typeof UNKNOWN, mine, theirs, where);
  }
  if (shape.kind === 'set' && Array.isArray(mine) && Array.isArray(theirs) && baseFits(Array.isArray)) {
    return mergeSet(run, base as readonly unknown[] | typeof UNKNOWN, mine, theirs, where);
  }
  return mergeWhole(run, base, mine, theirs, where);
}

function mergeWhole(run: MergeRun, base: unknown, mine: unknown, theirs: unknown, where: Where): unknown {
  const unchangedByMe = base !== UNKNOWN && sameValue(base, mine);
  const held = run.held.has(pathKey(where.path));
  if (unchangedByMe && !held) return take(run, where, mine, theirs);
  // A held use of a record one side deleted, changed by one side only.
  const oneSided = held && (unchangedByMe || sameValue(base, theirs));
  return conflict(run, where, oneSided ? 'edited-deleted' : where.bothAdded ? 'both-added' : 'both-changed', base, mine, theirs);
}

function mergeFields(
  run: MergeRun, shape: Shape, base: unknown, mine: Record<string, unknown>, theirs: Record<string, unknown>, where: Where,
): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  const keys = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !Object.prototype.hasOwnProperty.call(mine, k))];
  for (const key of keys) {
    const fieldShape = shape.kind === 'map' ? shape.entry : shape.kind === 'fields' ? (shape.fields[key] ?? VALUE_SHAPE) : VALUE_SHAPE;
    const fieldBase = base === UNKNOWN ? UNKNOWN : (base as Record<string, unknown>)[key];
    const merged = mergeAt(run, fieldShape, fieldBase, mine[key], theirs[key], { ...where, path: [...where.path, key] });
    if (merged === mine[key]) continue;
    out ??= { ...mine };
    if (merged === undefined) delete out[key];
    else out[key] = merged;
  }
  return out ?? mine;
}

/** Both sides' additions and removals are kept: mine's order, their additions after. */
function mergeSet(run: MergeRun, base: readonly unknown[] | typeof UNKNOWN, mine: unknown[], theirs: unknown[], where: Where): unknown {
  if (sameSet(mine, theirs)) return mine;
  if (base === UNKNOWN) return conflict(run, where, 'both-changed', base, mine, theirs);
  // Their change uses what I deleted.
  if (run.held.has(pathKey(where.path))) return conflict(run, where, 'edited-deleted', base, mine, theirs);
  const inBase = new Set(base.map(elementKey));
  const inTheirs = new Set(theirs.map(elementKey));
  const present = new Set<string>();
  const merged = mine.filter((item) => {
    const key = elementKey(item);
    present.add(key);
    return !inBase.has(key) || inTheirs.has(key);
  });
  for (const item of theirs) {
    const key = elementKey(item);
    if (!inBase.has(key) && !present.has(key)) {
      present.add(key);
      merged.push(item);
    }
  }
  if (merged.length === mine.length && merged.every((item, i) => item === mine[i])) return mine;
  return take(run, where, mine, merged);
}

function mergeRecords(
  run: MergeRun, shape: Extract<Shape, { kind: 'records' }>, base: readonly unknown[] | typeof UNKNOWN, mine: unknown[], theirs: unknown[], where: Where,
): unknown[] {
  const idOf = (record: unknown): string => String((record as Record<string, unknown>)[shape.key]);
  const baseById = base === UNKNOWN ? null : new Map(base.map((r) => [idOf(r), r]));
  const theirsById = new Map(theirs.map((r) => [idOf(r), r]));
  const mineIds = new Set<string>();
  const at = (id: string, bothAdded: boolean): Where => ({ path: [...where.path, id], id: where.id || id, bothAdded: where.bothAdded || bothAdded });
  const out: unknown[] = [];
  let changed = false;
  for (const record of mine) {
    const id = idOf(record);
    mineIds.add(id);
    const theirRecord = theirsById.get(id);
    const baseRecord = baseById ? baseById.get(id) : UNKNOWN;
    const merged = theirRecord === undefined
      ? presence(run, baseRecord, record, undefined, at(id, false))
      : mergeAt(run, shape.item, baseRecord ?? UNKNOWN, record, theirRecord, at(id, baseRecord === undefined));
    if (merged !== undefined) out.push(merged);
    if (merged !== record) changed = true;
  }
  for (const record of theirs) {
    const id = idOf(record);
    if (mineIds.has(id)) continue;
    const merged = presence(run, baseById ? baseById.get(id) : UNKNOWN, undefined, record, at(id, false));
    if (merged !== undefined) {
      out.push(merged);
      changed = true;
    }
  }
  return changed ? out : mine;
}

/** A record one side has and the other has not: added by one, or deleted by the other (perhaps after an edit). */
function presence(run: MergeRun, base: unknown, mine: unknown, theirs: unknown, where: Where): unknown {
  const key = pathKey(where.path);
  // A deletion is held when anything in the record is used (a face of a deleted board); an addition only when it is itself.
  const held = base === undefined ? run.held.has(key) : run.heldAlong.has(key);
  if (base === UNKNOWN) return conflict(run, where, 'edited-deleted', UNKNOWN, mine, theirs);
  if (base === undefined) {
    if (mine !== undefined) return mine;
    return held ? conflict(run, where, 'edited-deleted', undefined, mine, theirs) : take(run, where, undefined, theirs);
  }
  if (mine !== undefined) {
    return sameValue(mine, base) && !held ? take(run, where, mine, undefined) : conflict(run, where, 'edited-deleted', base, mine, undefined);
  }
  return sameValue(theirs, base) && !held ? undefined : conflict(run, where, 'edited-deleted', base, undefined, theirs);
}

function change(where: Where, before: unknown, after: unknown): MergeChange {
  const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return { area: where.path[0] as MergeArea, kind, id: where.id, path: where.path, before, after };
}

function take(run: MergeRun, where: Where, mine: unknown, theirs: unknown): unknown {
  run.fromTheirs.push(change(where, mine, theirs));
  run.taken[where.path[0] as MergeArea] += 1;
  return theirs;
}

function conflict(run: MergeRun, where: Where, kind: MergeConflict['kind'], base: unknown, mine: unknown, theirs: unknown): unknown {
  const key = pathKey(where.path);
  run.fromTheirs.push(change(where, mine, theirs));
  run.conflicts.push({ key, area: where.path[0] as MergeArea, id: where.id, path: where.path, kind, mine, theirs, base: base === UNKNOWN ? undefined : base });
  return run.choose(key) === 'theirs' ? theirs : mine;
}
