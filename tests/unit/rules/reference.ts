/**
 * A deliberately simple reference for the session rules: every pair of sessions compared with every other,
 * no indexes. The engine must find exactly what this finds (rule, key, severity, items).
 */
import type { Project, Session, TimeWindow } from '../../../shared/model/schema.ts';

export interface ReferenceConflict {
  readonly rule: string;
  readonly key: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly items: readonly string[];
  readonly count?: number;
}

const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const startOf = (s: Session): number => minutes(s.slot!.start);
const endOf = (s: Session): number => startOf(s) + s.durationMinutes;
const inside = (ws: readonly TimeWindow[], s: Session): boolean =>
  ws.some((w) => w.day === s.slot!.day && minutes(w.start) <= startOf(s) && endOf(s) <= minutes(w.end));
const pair = (rule: string, a: string, b: string): string => `${rule}:${[a, b].sort().join('|')}`;

export function referenceConflicts(project: Project): ReferenceConflict[] {
  const out = new Map<string, ReferenceConflict>();
  const add = (c: ReferenceConflict) => out.set(c.key, c);
  const byId = new Map(project.sessions.map((s) => [s.id, s]));
  const room = (s: Session) => project.rooms.find((r) => r.id === s.slot!.roomId);
  const venueOf = (s: Session) => room(s)?.venueId ?? null;
  const ancestors = (s: Session): string[] => {
    const list: string[] = [];
    let p = s.parentId;
    while (p !== null && list.length < 32) {
      list.push(p);
      p = byId.get(p)?.parentId ?? null;
    }
    return list;
  };
  const related = (a: Session, b: Session) => a.id === b.id || ancestors(a).includes(b.id) || ancestors(b).includes(a.id);
  const within = (outer: Session, inner: Session) =>
    outer.slot!.roomId === inner.slot!.roomId && outer.slot!.day === inner.slot!.day && startOf(outer) <= startOf(inner) && endOf(inner) <= endOf(outer);
  const parentOf = (s: Session) => (s.parentId === null ? undefined : byId.get(s.parentId));
  const occupant = (s: Session) => {
    const parent = parentOf(s);
    return !parent || !parent.slot || !within(parent, s);
  };
  const exclusive = (s: Session) => s.kind === 'plenary' || s.kind === 'keynote' || (s.kind === 'institutional' && s.people.length > 0);
  const exclusiveClash = (a: Session, b: Session) => (exclusive(a) || exclusive(b)) && a.audience.some((x) => b.audience.includes(x)) && !related(a, b);
  // A talk inside its parent is reported through the parent when the parent itself clashes.
  const coveredByParent = (a: Session, b: Session) => {
    const parent = parentOf(b);
    return !!parent && !!parent.slot && within(parent, b) && exclusiveClash(a, parent);
  };
  const registered = new Map<string, Set<string>>();
  const registrants = (s: Session): Set<string> => {
    let set = registered.get(s.id);
    if (!set) {
      const options = new Set(project.event.registrationOptions.filter((o) => o.sessionId === s.id).map((o) => o.id));
      set = new Set(project.participants.filter((p) => p.registrations.some((r) => options.has(r))).map((p) => p.id));
      registered.set(s.id, set);
    }
    return set;
  };
  const travel = (a: string | null, b: string | null): number => {
    if (a === null || b === null || a === b) return 0;
    return Math.max(project.venues.find((v) => v.id === a)?.travelMinutes[b] ?? 0, project.venues.find((v) => v.id === b)?.travelMinutes[a] ?? 0);
  };
  const setUp = (s: Session) => `${s.needs.layout}|${[...new Set(s.needs.equipment)].sort().join(',')}`;

  const placed = project.sessions.filter((s) => s.slot);
  for (const s of project.sessions) {
    if (!s.slot) add({ rule: 'unscheduled', key: `unscheduled:${s.id}`, severity: 'info', items: [s.id] });
    const themed = (id: string | null) => id !== null && project.themes.some((t) => t.id === id);
    const parent = parentOf(s);
    if ((s.kind === 'thematic-session' || s.kind === 'talk') && !themed(s.themeId) && !(parent && (parent.kind !== 'thematic-session' || themed(parent.themeId)))) {
      add({ rule: 'missing-theme', key: `missing-theme:${s.id}`, severity: 'info', items: [s.id] });
    }
  }
  for (const s of placed) {
    const r = room(s);
    const audience = Math.max(s.expectedAudience, registrants(s).size);
    if (r && audience > r.capacity) add({ rule: 'capacity-too-small', key: `capacity-too-small:${s.id}`, severity: 'error', items: [s.id] });
    if (r && r.capacity > 100 && audience > 0 && audience < r.capacity / 4) add({ rule: 'capacity-far-too-large', key: `capacity-far-too-large:${s.id}`, severity: 'info', items: [s.id] });
    if (r && r.availability.length > 0 && !inside(r.availability, s)) add({ rule: 'room-unavailable', key: `room-unavailable:${s.id}`, severity: 'error', items: [s.id] });
    const venue = project.venues.find((v) => v.id === venueOf(s));
    if (venue && venue.openingHours.length > 0 && !inside(venue.openingHours, s)) add({ rule: 'outside-opening-hours', key: `outside-opening-hours:${s.id}`, severity: 'error', items: [s.id] });
    if (!project.event.days.some((d) => d.date === s.slot!.day)) add({ rule: 'outside-event-days', key: `outside-event-days:${s.id}`, severity: 'error', items: [s.id] });
    for (const e of new Set(s.needs.equipment)) if (r && !r.equipment.includes(e)) add({ rule: 'missing-equipment', key: `missing-equipment:${s.id}:${e}`, severity: 'error', items: [s.id] });
    if (r && s.needs.layout !== null && s.needs.layout !== r.layout) add({ rule: 'wrong-layout', key: `wrong-layout:${s.id}`, severity: 'error', items: [s.id] });
    for (const personId of new Set(s.people.map((p) => p.personId))) {
      const person = project.people.find((p) => p.id === personId);
      if (person && person.availability.length > 0 && !inside(person.availability, s)) add({ rule: 'person-unavailable', key: `person-unavailable:${personId}:${s.id}`, severity: 'error', items: [s.id] });
    }
    const parent = parentOf(s);
    if (parent && (!parent.slot || !within(parent, s))) add({ rule: 'nested-outside-parent', key: `nested-outside-parent:${s.id}`, severity: 'error', items: [s.id, parent.id].sort() });
  }

  for (const a of placed) {
    for (const b of placed) {
      if (a.id >= b.id || a.slot!.day !== b.slot!.day || related(a, b)) continue;
      const overlap = startOf(a) < endOf(b) && startOf(b) < endOf(a);
      const ids = [a.id, b.id].sort();
      if (a.slot!.roomId === b.slot!.roomId && occupant(a) && occupant(b)) {
        if (overlap) add({ rule: 'room-double-booked', key: pair('room-double-booked', a.id, b.id), severity: 'error', items: ids });
        const gap = Math.max(startOf(a), startOf(b)) - Math.min(endOf(a), endOf(b));
        const sameTrack = a.parentId !== null && a.parentId === b.parentId;
        if (!overlap && gap < (room(a)?.changeoverMinutes ?? 0) && !sameTrack && setUp(a) !== setUp(b)) {
          add({ rule: 'room-changeover', key: pair('room-changeover', a.id, b.id), severity: 'warning', items: ids });
        }
      }
      if (overlap && exclusiveClash(a, b) && !coveredByParent(a, b) && !coveredByParent(b, a)) {
        add({ rule: 'exclusive-overlap', key: pair('exclusive-overlap', a.id, b.id), severity: 'error', items: ids });
      }
      const count = overlap ? [...registrants(b)].filter((p) => registrants(a).has(p)).length : 0;
      if (count > 0) add({ rule: 'audience-clash', key: pair('audience-clash', a.id, b.id), severity: 'error', items: ids, count });
      const t = travel(venueOf(a), venueOf(b));
      const near = startOf(a) < endOf(b) + t && startOf(b) < endOf(a) + t;
      for (const personId of new Set(a.people.map((p) => p.personId))) {
        if (near && b.people.some((p) => p.personId === personId)) {
          add({ rule: 'person-double-booked', key: `person-double-booked:${personId}:${ids.join('|')}`, severity: 'error', items: ids });
        }
      }
    }
  }
  return [...out.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}
