/** Properties of the merge on random plans edited by random scripts on both sides. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProjects, resolveMerge, type MergeResult } from '../../../shared/merge/index.ts';
import { danglingReferences } from '../../../shared/merge/references.ts';
import { elementKey, sameValue } from '../../../shared/merge/values.ts';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { anyEditsArb, applyEdits, content, participantEditsArb, planArb, sessionEditsArb } from './edit-scripts.ts';

const RUNS = { numRuns: 100 };
const all = (result: MergeResult, side: 'mine' | 'theirs') => Object.fromEntries(result.conflicts.map((c) => [c.key, side]));

function expectSound(project: Project): void {
  expect(projectSchema.safeParse(project).success).toBe(true);
  expect(danglingReferences(project)).toEqual([]);
}

describe('merge properties', () => {
  it('merging with an unchanged copy gives the other side, without a conflict', () => {
    fc.assert(fc.property(planArb, anyEditsArb, (base, edits) => {
      const edited = applyEdits(base, edits);
      const theirsOnly = mergeProjects({ base, mine: base, theirs: edited });
      expect(theirsOnly.conflicts).toEqual([]);
      expect(content(theirsOnly.merged)).toEqual(content(edited));
      const mineOnly = mergeProjects({ base, mine: edited, theirs: base });
      expect(mineOnly.conflicts).toEqual([]);
      expect(mineOnly.fromTheirs).toEqual([]);
      expect(content(mineOnly.merged)).toEqual(content(edited));
    }), RUNS);
  });

  it('merge(a, b) and merge(b, a) have the same content when each conflict goes the same way, and both are sound', () => {
    fc.assert(fc.property(planArb, anyEditsArb, anyEditsArb, (base, editsA, editsB) => {
      const a = applyEdits(base, editsA);
      const b = applyEdits(base, editsB);
      const ab = mergeProjects({ base, mine: a, theirs: b });
      const ba = mergeProjects({ base, mine: b, theirs: a });
      const aWins = resolveMerge({ base, mine: a, theirs: b }, ab, all(ab, 'mine'));
      const aWinsToo = resolveMerge({ base, mine: b, theirs: a }, ba, all(ba, 'theirs'));
      expect(content(aWinsToo)).toEqual(content(aWins));
      expectSound(aWins);
      expectSound(resolveMerge({ base, mine: a, theirs: b }, ab, all(ab, 'theirs')));
    }), RUNS);
  });

  it('changes on one side only are all in the result: my sessions, rooms and days, their participants, options and tour groups', () => {
    fc.assert(fc.property(planArb, sessionEditsArb, participantEditsArb, (base, mineEdits, theirEdits) => {
      const mine = applyEdits(base, mineEdits);
      const theirs = applyEdits(base, theirEdits);
      const { merged, conflicts } = mergeProjects({ base, mine, theirs });
      expect(conflicts).toEqual([]);
      expect(content({ sessions: merged.sessions, rooms: merged.rooms, people: merged.people })).toEqual(content({ sessions: mine.sessions, rooms: mine.rooms, people: mine.people }));
      expect(content({ participants: merged.participants, options: merged.event.registrationOptions, name: merged.event.name, themes: merged.themes, tours: merged.tours }))
        .toEqual(content({ participants: theirs.participants, options: theirs.event.registrationOptions, name: theirs.event.name, themes: theirs.themes, tours: theirs.tours }));
      expect(merged.event.days).toEqual(mine.event.days);
    }), RUNS);
  });

  it('nothing either side changed is lost without a conflict naming it', () => {
    fc.assert(fc.property(planArb, anyEditsArb, anyEditsArb, (base, mineEdits, theirEdits) => {
      const mine = applyEdits(base, mineEdits);
      const theirs = applyEdits(base, theirEdits);
      const input = { base, mine, theirs };
      const result = mergeProjects(input);
      expect(unnamedLosses(base, mine, result.merged, result)).toEqual([]);
      expect(unnamedLosses(base, theirs, resolveMerge(input, result, all(result, 'theirs')), result)).toEqual([]);
      expect(unnamedLosses(base, theirs, result.merged, result)).toEqual([]);
    }), RUNS);
  });
});

type Records = Map<string, Record<string, unknown>>;
const LISTS: ((p: Project) => { path: string[]; records: readonly object[] })[] = [
  (p) => ({ path: ['rooms'], records: p.rooms }),
  (p) => ({ path: ['people'], records: p.people }),
  (p) => ({ path: ['themes'], records: p.themes }),
  (p) => ({ path: ['sessions'], records: p.sessions }),
  (p) => ({ path: ['participants'], records: p.participants }),
  (p) => ({ path: ['event', 'registrationOptions'], records: p.event.registrationOptions }),
  (p) => ({ path: ['event', 'days'], records: p.event.days.map((d) => ({ ...d, id: d.date })) }),
  (p) => ({ path: ['tours', 'tour', 'groups'], records: p.tours[0]?.groups ?? [] }),
  (p) => ({ path: ['event'], records: [{ ...p.event, id: '', registrationOptions: [], days: [] }] }),
];

/** Each change `side` made (record added or deleted, field changed, set element added or removed) missing from `merged` while no conflict names it. */
function unnamedLosses(base: Project, side: Project, merged: Project, result: MergeResult): string[] {
  const named = (path: string[]) => result.conflicts.some((c) => {
    const n = Math.min(c.path.length, path.length);
    return c.path.slice(0, n).every((part, i) => part === path[i]);
  });
  // A use of a record the other side deleted goes with it: the conflict on that record names the use too.
  const deletedAndNamed = result.conflicts.filter((c) => c.kind === 'edited-deleted' && (c.mine === undefined || c.theirs === undefined)).map((c) => `"${c.path.at(-1)}"`);
  const usesNamed = (value: unknown) => deletedAndNamed.some((id) => JSON.stringify(value ?? null).includes(id));
  const losses: string[] = [];
  for (const list of LISTS) {
    const { path } = list(base);
    const byId = (p: Project): Records => new Map((list(p).records as Record<string, unknown>[]).map((r) => [String(r.id), r]));
    const [b, s, m] = [byId(base), byId(side), byId(merged)];
    for (const id of new Set([...b.keys(), ...s.keys()])) {
      const [before, after, now] = [b.get(id), s.get(id), m.get(id)];
      const at = id === '' ? path : [...path, id];
      if (sameValue(before, after) || named(at)) continue;
      if (after === undefined || now === undefined) {
        if ((after === undefined) !== (now === undefined)) losses.push(`${at.join('/')} ${after === undefined ? 'deletion' : 'record'}`);
        continue;
      }
      for (const field of Object.keys(after)) {
        const [was, is, got] = [before?.[field], after[field], now[field]];
        if (sameValue(was, is) || named([...at, field])) continue;
        if (Array.isArray(is) && Array.isArray(got) && Array.isArray(was) && field !== 'slot') {
          const [w, i, g] = [was, is, got].map((list) => new Set(list.map(elementKey))) as [Set<string>, Set<string>, Set<string>];
          const lost = [...i].some((k) => !w.has(k) && !g.has(k)) || [...w].some((k) => !i.has(k) && g.has(k));
          if (lost && !usesNamed(is)) losses.push(`${[...at, field].join('/')} set`);
        } else if (!sameValue(got, is) && !usesNamed(is)) {
          losses.push(`${[...at, field].join('/')} ${JSON.stringify(is)} became ${JSON.stringify(got)}`);
        }
      }
    }
  }
  return losses;
}
