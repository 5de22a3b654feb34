/**
 * What an import changes in the plan: the problems it brings or makes worse (a room now too small for its
 * registrants, people registered for a tour and in no group), found by checking the plan before and after.
 */
import { applyEdit } from '../edits/index.ts';
import type { Project } from '../model/schema.ts';
import { findConflicts, type Conflict } from '../rules/index.ts';
import type { ImportPreview } from './preview.ts';

const sameParams = (a: Conflict['params'], b: Conflict['params']): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/** Problems after the import that were not there before, or whose figures changed (more people, a larger audience). */
export function planChanges(project: Project, preview: Pick<ImportPreview, 'upserts' | 'removeIds'>): Conflict[] {
  if (preview.upserts.length === 0 && preview.removeIds.length === 0) return [];
  const after = applyEdit(project, { type: 'participants/import', payload: { upserts: preview.upserts, removeIds: preview.removeIds } });
  const before = new Map(findConflicts(project).map((c) => [c.key, c]));
  return findConflicts(after).filter((c) => {
    const known = before.get(c.key);
    return !c.acknowledged && (!known || !sameParams(known.params, c.params));
  });
}
