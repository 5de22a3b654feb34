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
