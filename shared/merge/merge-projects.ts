/** The merge of two copies of a project, and its resolution with the organiser's choices. */
import type { Project } from '../model/schema.ts';
import { withTheirs } from './choices.ts';
import { mergeArea, pathKey, type MergeRun } from './merge-values.ts';
import { danglingReferences, dropDanglingReferences, recordPath } from './references.ts';
import { PROJECT_SHAPE } from './shapes.ts';
import { MERGE_AREAS, type MergeArea, type MergeChoice, type MergeInput, type MergeResult } from './types.ts';
import { UNKNOWN } from './values.ts';

/** Each settling pass may hold back one more layer of references (a room, then its venue); plans are not deeper. */
const MAX_SETTLING_PASSES = 8;

interface Held {
  readonly held: Set<string>;
  readonly heldAlong: Set<string>;
}

function runMerge(input: MergeInput, { held, heldAlong }: Held, choose: (key: string) => MergeChoice): { merged: Project; run: MergeRun } {
  const taken = Object.fromEntries(MERGE_AREAS.map((area) => [area, 0])) as Record<MergeArea, number>;
  const run: MergeRun = { held, heldAlong, choose, fromTheirs: [], conflicts: [], taken };
  // Everything else (format, version, the revision history) is not content: mine's is kept.
  const merged: Record<string, unknown> = { ...input.mine };
  for (const area of MERGE_AREAS) {
    const base = input.base === null ? UNKNOWN : input.base[area];
    merged[area] = mergeArea(run, area, PROJECT_SHAPE[area], base, input.mine[area], input.theirs[area]);
  }
  return { merged: merged as Project, run };
}

/** Holds back, as a choice, each change that would leave a reference pointing at nothing, or the event without a day. */
function settle(input: MergeInput): { merged: Project; run: MergeRun; held: Held } {
  const held: Held = { held: new Set(), heldAlong: new Set() };
  for (let pass = 0; ; pass++) {
    const { merged, run } = runMerge(input, held, () => 'mine');
    const before = held.held.size;
    // Choosing theirs everywhere must not leave one either (a session of mine they deleted, using a person I deleted).
    const allTheirs = run.conflicts.length > 0 ? [withTheirs(merged, run.conflicts)] : [];
    const hold = (path: readonly string[]) => {
      held.held.add(pathKey(path));
      for (let end = 1; end <= path.length; end++) held.heldAlong.add(pathKey(path.slice(0, end)));
    };
    for (const reference of [merged, ...allTheirs].flatMap(danglingReferences)) {
      // Their deletion of something mine uses, or their use of something mine deleted: the record and the use are held.
      const target = recordPath(input.mine, reference.target, reference.id) ?? recordPath(input.theirs, reference.target, reference.id);
      if (!target) continue;
      hold(target);
      hold(reference.from);
    }
    // Each side deleted a different day (or face of a board) and none is left: every such deletion is a choice.
    if ([merged, ...allTheirs].some((project) => project.event.days.length === 0)) {
      for (const { date } of [...input.mine.event.days, ...input.theirs.event.days]) hold(['event', 'days', date]);
    }
    for (const board of [merged, ...allTheirs].flatMap((project) => project.posterHall.boards.filter((b) => b.faces.length === 0))) {
      for (const face of facesOf([input.mine, input.theirs], board.id)) hold(['posterHall', 'boards', board.id, 'faces', face.id]);
    }
    if (held.held.size === before || pass === MAX_SETTLING_PASSES) return { merged, run, held };
  }
}

export function mergeProjects(input: MergeInput): MergeResult {
  const { merged, run } = settle(input);
  // A record they added that uses what I deleted (a new session in a room I removed) loses that use, as the app would.
  return { merged: dropDanglingReferences(merged, [input.mine, input.theirs]), fromTheirs: run.fromTheirs, conflicts: run.conflicts, taken: run.taken, twoWay: input.base === null };
}

/** The merged project with each conflict resolved as chosen (missing keys: mine). */
export function resolveMerge(input: MergeInput, result: MergeResult, choices: Record<string, MergeChoice>): Project {
  const asked = new Set(result.conflicts.map((c) => c.key));
  if (!result.conflicts.some((c) => choices[c.key] === 'theirs')) return result.merged;
  const { held } = settle(input);
  const { merged } = runMerge(input, held, (key) => (asked.has(key) ? (choices[key] ?? 'mine') : 'mine'));
  return dropDanglingReferences(keepOneOfEach(merged, input), [input.mine, input.theirs]);
}

const facesOf = (projects: readonly Project[], boardId: string) =>
  projects.flatMap((project) => project.posterHall.boards.find((b) => b.id === boardId)?.faces ?? []);

/** An event keeps a day and a board a face: choosing both sides' deletions of the last ones keeps mine's (or theirs'). */
function keepOneOfEach(merged: Project, input: MergeInput): Project {
  const days = merged.event.days.length > 0 ? merged.event : { ...merged.event, days: input.mine.event.days };
  const faceless = merged.posterHall.boards.some((b) => b.faces.length === 0);
  const boards = faceless
    ? merged.posterHall.boards.map((b) => (b.faces.length > 0 ? b : { ...b, faces: facesOf([input.mine], b.id).length > 0 ? facesOf([input.mine], b.id) : facesOf([input.theirs], b.id) }))
    : merged.posterHall.boards;
  return days === merged.event && !faceless ? merged : { ...merged, event: days, posterHall: { ...merged.posterHall, boards } };
}
