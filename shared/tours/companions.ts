/** People who came together, followed through chains of companions, as one unit that goes into one group. */
import type { Visitor } from './types.ts';

export interface Unit {
  readonly index: number;
  /** Members in the order of the registration list. */
  readonly ids: readonly string[];
  /** Languages every member can follow, in the first member's order of preference; empty when there is none. */
  readonly languages: readonly string[];
  readonly stepFree: boolean;
  readonly affiliations: readonly string[];
}

/** Units of the visitors, each in the order of its first member; companions who are not visitors are ignored. */
export function companionUnits(visitors: readonly Visitor[]): Unit[] {
  const count = visitors.length;
  const position = new Map<string, number>();
  for (let i = 0; i < count; i++) position.set(visitors[i]!.id, i);
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < count; i++) {
    for (const companion of visitors[i]!.companionIds) {
      const j = position.get(companion);
      if (j === undefined) continue;
      const a = root(i);
      const b = root(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  // A unit is numbered by its first member: unitAt[root] is its place in the list.
  const unitAt = new Int32Array(count).fill(-1);
  const lists: Visitor[][] = [];
  for (let i = 0; i < count; i++) {
    const r = root(i);
    if (unitAt[r] === -1) {
      unitAt[r] = lists.length;
      lists.push([visitors[i]!]);
    } else lists[unitAt[r]!]!.push(visitors[i]!);
  }
  return lists.map((list, index) => {
    const first = list[0]!;
    if (list.length === 1) return { index, ids: [first.id], languages: first.languages, stepFree: first.stepFree, affiliations: [first.affiliation] };
    return {
      index,
      ids: list.map((v) => v.id),
      languages: first.languages.filter((language) => list.every((v) => v.languages.includes(language))),
      stepFree: list.some((v) => v.stepFree),
      affiliations: list.map((v) => v.affiliation),
    };
  });
}
