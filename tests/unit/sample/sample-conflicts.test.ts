import { describe, expect, it } from 'vitest';
import { findConflicts } from '../../../shared/rules/index.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import {
  audienceClashes, capacityProblems, childrenOutsideParents, exclusiveOverlaps, missingSetUp, outsideHours,
  peopleDoubleBooked, placed, roomDoubleBookings, shortChangeovers,
} from './plan-checks.ts';

const sample = sampleProject();

describe('the sample plan is conflict-free', () => {
  it('schedules every session', () => {
    expect(sample.sessions.filter((s) => s.slot === null).map((s) => s.id)).toEqual([]);
    expect(placed(sample)).toHaveLength(sample.sessions.length);
  });

  it('books no room twice and leaves the changeover between different sessions', () => {
    expect(roomDoubleBookings(sample)).toEqual([]);
    expect(shortChangeovers(sample)).toEqual([]);
  });

  it('keeps talks inside their thematic session, in its room and time', () => {
    expect(childrenOutsideParents(sample)).toEqual([]);
  });

  it('fits every audience in its room, without rooms absurdly too large', () => {
    expect(capacityProblems(sample, 2)).toEqual([]);
  });

  it('never needs a person in two places at once, counting the ride between venues', () => {
    expect(peopleDoubleBooked(sample)).toEqual([]);
  });

  it('stays within opening hours, availabilities and the event days', () => {
    expect(outsideHours(sample)).toEqual([]);
  });

  it('gives each session the equipment and layout it needs', () => {
    expect(missingSetUp(sample)).toEqual([]);
  });

  it('lets no plenary, keynote or institutional session overlap another for the same audience', () => {
    expect(exclusiveOverlaps(sample)).toEqual([]);
  });

  it('registers nobody for two sessions at once', () => {
    expect(audienceClashes(sample)).toEqual([]);
  });

  it('gives a theme to every scientific session', () => {
    const scientific = sample.sessions.filter((s) => s.kind === 'thematic-session' || (s.kind === 'talk' && s.parentId?.startsWith('session-theme')));
    expect(scientific.filter((s) => s.themeId === null).map((s) => s.id)).toEqual([]);
  });
});

describe('the sample under the conflict engine', () => {
  it('raises no error, warning or note at all', () => {
    expect(findConflicts(sample).map((c) => `${c.rule}: ${c.items.map((i) => i.id).join(', ')}`)).toEqual([]);
  });
});

describe('the plan checks catch what they look for', () => {
  it('see a room double-booked, a speaker in two places and a clash of registrations', () => {
    const broken = sampleProject();
    const maumet = broken.sessions.find((s) => s.id === 'session-keynote-maumet')!;
    const opening = broken.sessions.find((s) => s.id === 'session-opening')!;
    maumet.slot = { ...opening.slot! };
    maumet.people.push({ personId: 'person-redon', role: 'speaker' });
    expect(roomDoubleBookings(broken)).toContain('session-opening / session-keynote-maumet');
    expect(peopleDoubleBooked(broken)).toContain('session-opening / session-keynote-maumet');
    expect(exclusiveOverlaps(broken)).toContain('session-opening / session-keynote-maumet');
    const workshop = broken.sessions.find((s) => s.kind === 'workshop')!;
    const tour = broken.sessions.find((s) => s.id === 'session-social-guided-tour')!;
    workshop.slot = { ...tour.slot!, roomId: workshop.slot!.roomId };
    expect(audienceClashes(broken).length).toBeGreaterThan(0);
  });
});
