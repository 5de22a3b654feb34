/** Views of a list of conflicts: per item (for the cards on the grid) and counts (for the toolbar). */
import type { Conflict, ConflictItem, Severity } from './types.ts';

export const itemRef = (item: ConflictItem): string => `${item.kind}:${item.id}`;

/** "session:s12" → the conflicts that involve it. */
export function conflictsByItem(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const map = new Map<string, Conflict[]>();
  for (const conflict of conflicts) {
    for (const item of conflict.items) {
      const ref = itemRef(item);
      const list = map.get(ref);
      if (list) list.push(conflict);
      else map.set(ref, [conflict]);
    }
  }
  return map;
}

export type SeverityCounts = Record<Severity, number>;

/** Counts of what still needs attention: acknowledged conflicts are left out. */
export function countBySeverity(conflicts: readonly Conflict[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const c of conflicts) if (!c.acknowledged) counts[c.severity]++;
  return counts;
}

/** The sessions a room booked twice pairs with this one (pairs accepted with a note left out): what a drop preview warns of. */
export function roomClashesOf(conflicts: readonly Conflict[], sessionId: string): string[] {
  const others: string[] = [];
  for (const c of conflicts) {
    if (c.rule !== 'room-double-booked' || c.acknowledged || !c.items.some((i) => i.kind === 'session' && i.id === sessionId)) continue;
    for (const item of c.items) if (item.kind === 'session' && item.id !== sessionId) others.push(item.id);
  }
  return others;
}
