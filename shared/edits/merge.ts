/** The merge of a colleague's copy, applied as one undoable edit: only what differs is replaced, so the undo step stays small. */
import { original, type Draft } from 'immer';
import type { Project } from '../model/schema.ts';
import type { EditHandlerMap } from './types.ts';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const hasIds = (list: readonly unknown[]): list is readonly { id: string }[] =>
  list.every((item) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string');

/** A list of items with ids, in the same order on both sides, is updated item by item; anything else is replaced whole. */
function replaceList(draft: Draft<Project>, key: keyof Project, before: readonly unknown[], after: readonly unknown[]): void {
  const sameIds = before.length === after.length && hasIds(before) && hasIds(after) && before.every((item, i) => item.id === after[i]!.id);
  if (!sameIds) {
    (draft as Record<string, unknown>)[key] = after;
    return;
  }
  const list = (draft as unknown as Record<string, unknown[]>)[key]!;
  after.forEach((item, i) => {
    if (!same(before[i], item)) list[i] = item;
  });
}

export const mergeEdits = {
  /** Puts the reviewed merge in place of the open plan (every field the merge result holds). */
  'project/merge': (draft, payload: { merged: Project }) => {
    const before = original(draft) ?? (draft as Project);
    for (const key of Object.keys(payload.merged) as (keyof Project)[]) {
      const next = payload.merged[key];
      const previous = before[key];
      if (same(previous, next)) continue;
      if (Array.isArray(previous) && Array.isArray(next)) replaceList(draft, key, previous, next);
      else (draft as Record<string, unknown>)[key] = next;
    }
    for (const key of Object.keys(before)) {
      if (!(key in payload.merged)) delete (draft as Record<string, unknown>)[key];
    }
  },
} satisfies EditHandlerMap;
