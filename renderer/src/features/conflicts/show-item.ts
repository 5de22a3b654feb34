/** Where clicking a problem takes the organiser: the session on the timetable, or the tours or poster hall view. */
import type { Conflict } from '../../../../shared/rules/index.ts';
import { tourRegistrantWithoutGroup } from '../../../../shared/rules/tour-registrant-without-group.ts';
import { useShellStore } from '../../app/shell-store.ts';
import { useSelection } from './selection.ts';

/** Null when the problem has nothing to show elsewhere (a person, a room alone). */
export function showAction(conflict: Conflict): (() => void) | null {
  const session = conflict.items.find((i) => i.kind === 'session');
  if (session) return () => useSelection.getState().select(session.id);
  if (conflict.items.some((i) => i.kind === 'tour-group') || conflict.rule === tourRegistrantWithoutGroup.id) {
    return () => useShellStore.getState().setView('tours');
  }
  if (conflict.items.some((i) => i.kind === 'poster' || i.kind === 'board') || conflict.rule === 'posters-exceed-faces') {
    return () => useShellStore.getState().setView('posters');
  }
  return null;
}
