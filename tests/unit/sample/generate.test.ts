import { describe, expect, it } from 'vitest';
import { projectSchema } from '../../../shared/model/schema.ts';
import { findConflicts } from '../../../shared/rules/index.ts';
import { generateEvent, LARGE_EVENT, type GenerateOptions } from '../../../shared/sample/generate.ts';
import {
  audienceClashes, capacityProblems, childrenOutsideParents, exclusiveOverlaps, missingSetUp, outsideHours,
  peopleDoubleBooked, roomDoubleBookings,
} from './plan-checks.ts';

const MEDIUM: GenerateOptions = { days: 2, rooms: 12, sessions: 300, participants: 1000, posters: 80, seed: 7 };
const large = generateEvent(LARGE_EVENT);
const medium = generateEvent(MEDIUM);

describe('generateEvent', () => {
  it('gives the same event for the same seed and another for another seed', () => {
    expect(JSON.stringify(generateEvent(LARGE_EVENT))).toBe(JSON.stringify(large));
    const other = generateEvent({ ...LARGE_EVENT, seed: 2 });
    expect(other.sessions.map((s) => s.slot)).not.toEqual(large.sessions.map((s) => s.slot));
    expect(other.participants.map((p) => p.lastName)).not.toEqual(large.participants.map((p) => p.lastName));
  });

  it('produces a project file that parsing leaves unchanged', () => {
    expect(projectSchema.parse(large)).toEqual(large);
    expect(projectSchema.parse(medium)).toEqual(medium);
  });

  it('has the sizes asked for', () => {
    expect(large.event.days).toHaveLength(3);
    expect(large.rooms).toHaveLength(40);
    expect(large.sessions).toHaveLength(1500);
    expect(large.participants).toHaveLength(10000);
    expect(large.posterHall.posters).toHaveLength(600);
    expect(large.venues.length).toBeGreaterThanOrEqual(2);
    expect(large.venues.length).toBeLessThanOrEqual(3);
    expect(large.posterHall.boards.flatMap((b) => b.faces).length).toBeGreaterThanOrEqual(600);
    expect(new Set(large.sessions.map((s) => s.id)).size).toBe(1500);
    expect(new Set(large.participants.map((p) => p.email)).size).toBe(10000);
  });

  it('mixes kinds, nests talks in thematic sessions and leaves some sessions in the backlog', () => {
    const kinds = new Set(large.sessions.map((s) => s.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['talk', 'thematic-session', 'keynote', 'workshop', 'hackathon', 'poster-session', 'break', 'meal', 'social']));
    const parents = new Set(large.sessions.flatMap((s) => (s.parentId ? [s.parentId] : [])));
    expect(parents.size).toBeGreaterThan(20);
    const backlog = large.sessions.filter((s) => s.slot === null).length;
    expect(backlog).toBeGreaterThan(0);
    expect(backlog).toBeLessThan(large.sessions.length * 0.2);
    expect(new Set(large.sessions.flatMap((s) => (s.slot ? [s.slot.roomId] : []))).size).toBe(40);
  });

  it('registers participants for workshops and hackathons, sizing those sessions from them', () => {
    const options = new Map(large.event.registrationOptions.map((o) => [o.id, o]));
    expect(large.participants.every((p) => p.registrations.every((r) => options.has(r)))).toBe(true);
    const withSession = large.event.registrationOptions.filter((o) => o.kind === 'workshop' || o.kind === 'hackathon');
    expect(withSession.length).toBeGreaterThan(50);
    const registrants = large.participants.filter((p) => p.registrations.some((r) => options.get(r)?.sessionId));
    expect(registrants.length).toBeGreaterThan(large.participants.length / 3);
    const option = withSession.find((o) => large.sessions.find((s) => s.id === o.sessionId)?.slot)!;
    const count = large.participants.filter((p) => p.registrations.includes(option.id)).length;
    expect(large.sessions.find((s) => s.id === option.sessionId)!.expectedAudience).toBe(count);
  });

  it('keeps companions together in tour groups of at most 30, each with a guide', () => {
    const tour = large.tours[0]!;
    const groupOf = new Map(tour.groups.flatMap((g) => g.participantIds.map((id) => [id, g.id] as const)));
    expect(groupOf.size).toBeGreaterThan(100);
    expect(Math.max(...tour.groups.map((g) => g.participantIds.length))).toBeLessThanOrEqual(30);
    expect(tour.groups.every((g) => g.guideId !== null && g.departure !== null)).toBe(true);
    const byId = new Map(large.participants.map((p) => [p.id, p]));
    for (const [id, group] of groupOf) {
      for (const companion of byId.get(id)!.companionIds) {
        if (groupOf.has(companion)) expect(groupOf.get(companion)).toBe(group);
        expect(byId.get(companion)!.companionIds).toContain(id);
      }
    }
  });

  it('contains a few real mistakes and no accidental ones', () => {
    const doubleBooked = roomDoubleBookings(medium);
    expect(doubleBooked.length).toBeGreaterThanOrEqual(1);
    expect(doubleBooked.length).toBeLessThanOrEqual(3);
    expect(capacityProblems(medium, Infinity).length).toBeGreaterThanOrEqual(1);
    expect(childrenOutsideParents(medium)).toEqual([]);
    expect(outsideHours(medium)).toEqual([]);
    expect(missingSetUp(medium)).toEqual([]);
    expect(exclusiveOverlaps(medium)).toEqual([]);
    expect(audienceClashes(medium)).toEqual([]);
    // Only a moved session can put its speaker in two places.
    expect(peopleDoubleBooked(medium).length).toBeLessThanOrEqual(doubleBooked.length);
  });

  it('breaks only the rules it breaks on purpose, as the conflict engine sees it', () => {
    const errors = new Set(findConflicts(large).filter((c) => c.severity === 'error').map((c) => c.rule));
    expect([...errors].sort()).toEqual(['capacity-too-small', 'person-double-booked', 'room-double-booked']);
  });

  it('copes with the smallest event', () => {
    const tiny = generateEvent({ days: 1, rooms: 1, sessions: 3, participants: 0, posters: 0, seed: 3 });
    expect(projectSchema.parse(tiny)).toEqual(tiny);
    expect(tiny.sessions).toHaveLength(3);
    expect(tiny.tours).toEqual([]);
  });
});
