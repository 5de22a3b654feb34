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
  const position = new Map(visitors.map((v, i) => [v.id, i]));
  const parent = visitors.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  visitors.forEach((visitor, i) => {
    for (const companion of visitor.companionIds) {
      const j = position.get(companion);
      if (j === undefined) continue;
      const [a, b] = [root(i), root(j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const members = new Map<number, Visitor[]>();
  visitors.forEach((visitor, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(visitor);
    else members.set(r, [visitor]);
  });
  return [...members.values()].map((list, index) => ({
    index,
    ids: list.map((v) => v.id),
    languages: list[0]!.languages.filter((language) => list.every((v) => v.languages.includes(language))),
    stepFree: list.some((v) => v.stepFree),
    affiliations: list.map((v) => v.affiliation),
  }));
}
