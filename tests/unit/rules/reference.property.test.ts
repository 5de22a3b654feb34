/** Property: on random small plans, the indexed engine and the incremental checker find what the naive reference finds. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { toTime } from '../../../shared/model/time.ts';
import { createConflictChecker, findConflicts, type Conflict } from '../../../shared/rules/index.ts';
import { referenceConflicts, type ReferenceConflict } from './reference.ts';

const DAYS = ['2025-10-14', '2025-10-15', '2025-10-16'];
const KINDS = ['keynote', 'talk', 'thematic-session', 'workshop', 'plenary', 'institutional', 'break'] as const;
const AUDIENCES = ['annual-days', 'engineers-seminar', 'public'] as const;
const EQUIPMENT = ['projector', 'microphones', 'streaming'] as const;
const LAYOUTS = ['theatre', 'classroom'] as const;

// A narrow morning on mostly one day, so that random sessions meet often.
const time = fc.integer({ min: 9 * 12, max: 13 * 12 }).map((n) => toTime(n * 5));
const window = fc.record({ day: fc.constantFrom(...DAYS.slice(0, 2)), start: fc.constantFrom('08:00', '10:00', '13:00'), end: fc.constantFrom('12:00', '17:00', '20:00') });
const slot = fc.option(fc.record({ roomId: fc.constantFrom('r1', 'r2', 'r3'), day: fc.constantFrom(DAYS[0]!, DAYS[0]!, DAYS[1]!, DAYS[2]!), start: time }), { nil: null, freq: 5 });

const sessionArb = (i: number) =>
  fc.record({
    id: fc.constant(`s${i}`),
    kind: fc.constantFrom(...KINDS),
    title: fc.constant(`Session ${i}`),
    themeId: fc.constantFrom(null, 'th1', 'missing'),
    durationMinutes: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
    expectedAudience: fc.constantFrom(0, 10, 30, 80, 150),
    audience: fc.subarray([...AUDIENCES]),
    people: fc.uniqueArray(fc.record({ personId: fc.constantFrom('p1', 'p2', 'p3'), role: fc.constantFrom('speaker', 'chair') }), { maxLength: 2, selector: (p) => p.personId + p.role }),
    needs: fc.record({ equipment: fc.subarray([...EQUIPMENT]), layout: fc.constantFrom(null, ...LAYOUTS) }),
    // A parent among the earlier sessions, so nesting never loops.
    parentId: i === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: i - 1 }).map((p) => `s${p}`), { nil: null, freq: 2 }),
    slot,
  });

const planArb: fc.Arbitrary<Project> = fc
  .record({
    count: fc.integer({ min: 0, max: 12 }),
    travel: fc.constantFrom(0, 15, 25),
    changeover: fc.constantFrom(0, 10, 20),
    hours: fc.array(window, { maxLength: 2 }),
    roomAvailability: fc.array(window, { maxLength: 2 }),
    personAvailability: fc.array(window, { maxLength: 2 }),
    capacity: fc.constantFrom(20, 100, 500),
    registrations: fc.array(fc.subarray(['o1', 'o2', 'o3', 'o4']), { maxLength: 8 }),
    optionSessions: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
  })
  .chain((base) =>
    fc.tuple(...Array.from({ length: base.count }, (_, i) => sessionArb(i))).map((sessions) =>
      projectSchema.parse({
        format: 'regie-project',
        version: 2,
        event: {
          name: 'Random',
          days: DAYS.slice(0, 2).map((date) => ({ date })),
          registrationOptions: ['o1', 'o2', 'o3', 'o4'].map((id, k) => ({ id, label: id, kind: 'workshop', sessionId: `s${base.optionSessions[k]}` })),
        },
        venues: [
          { id: 'v1', name: 'Pôle', openingHours: base.hours, travelMinutes: { v2: base.travel } },
          { id: 'v2', name: 'Bourse' },
        ],
        rooms: [
          { id: 'r1', venueId: 'v1', name: 'A', capacity: base.capacity, equipment: ['projector'], changeoverMinutes: base.changeover, availability: base.roomAvailability },
          { id: 'r2', venueId: 'v1', name: 'B', capacity: 100, layout: 'classroom', changeoverMinutes: base.changeover },
          { id: 'r3', venueId: 'v2', name: 'C', capacity: 40, equipment: ['projector', 'microphones'] },
        ],
        themes: [{ id: 'th1', name: 'Thème' }],
        people: [
          { id: 'p1', lastName: 'Un', availability: base.personAvailability },
          { id: 'p2', lastName: 'Deux' },
          { id: 'p3', lastName: 'Trois' },
        ],
        sessions,
        participants: base.registrations.map((registrations, k) => ({ id: `x${k}`, lastName: `P${k}`, registrations })),
      }),
    ),
  );

function asReference(conflicts: readonly Conflict[]): ReferenceConflict[] {
  return conflicts
    .map((c) => ({
      rule: c.rule,
      key: c.key,
      severity: c.severity,
      items: c.items.filter((i) => i.kind === 'session').map((i) => i.id).sort(),
      ...(c.rule === 'audience-clash' ? { count: c.params.count as number } : {}),
    }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** A random edit of the kind a drag makes: move, resize, unschedule, re-parent or delete some sessions. */
const editsArb = fc.array(
  fc.record({
    index: fc.nat(),
    what: fc.constantFrom('move', 'resize', 'unschedule', 'reparent', 'delete', 'speaker'),
    slot: fc.record({ roomId: fc.constantFrom('r1', 'r2', 'r3'), day: fc.constantFrom(...DAYS), start: time }),
    minutes: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
  }),
  { minLength: 1, maxLength: 3 },
);

type Edits = typeof editsArb extends fc.Arbitrary<infer T> ? T : never;

function edit(project: Project, edits: Edits): Project {
  let sessions = [...project.sessions];
  for (const e of edits) {
    if (sessions.length === 0) break;
    const i = e.index % sessions.length;
    const s = sessions[i]!;
    if (e.what === 'delete') sessions = sessions.filter((_, k) => k !== i);
    else if (e.what === 'move') sessions[i] = { ...s, slot: e.slot };
    else if (e.what === 'resize') sessions[i] = { ...s, durationMinutes: e.minutes };
    else if (e.what === 'unschedule') sessions[i] = { ...s, slot: null };
    else if (e.what === 'speaker') sessions[i] = { ...s, people: [{ personId: 'p1', role: 'speaker' }] };
    else sessions[i] = { ...s, parentId: i === 0 ? null : `s${e.index % i}` };
  }
  return { ...project, sessions };
}

describe('the engine against the pairwise reference', () => {
  it('finds exactly what the reference finds', () => {
    fc.assert(
      fc.property(planArb, (project) => {
        expect(asReference(findConflicts(project))).toEqual(referenceConflicts(project));
      }),
      { numRuns: 400 },
    );
  });

  it('re-checks after edits to the same result as a full check', () => {
    fc.assert(
      fc.property(planArb, editsArb, editsArb, (project, first, second) => {
        const checker = createConflictChecker(project);
        const once = edit(project, first);
        expect(checker.update(once)).toEqual(findConflicts(once));
        const twice = edit(once, second);
        expect(checker.update(twice)).toEqual(findConflicts(twice));
        expect(asReference(checker.conflicts)).toEqual(referenceConflicts(twice));
      }),
      { numRuns: 300 },
    );
  });
});
