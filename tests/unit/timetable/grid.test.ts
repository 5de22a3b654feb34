import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { backlogSessions, daySummary, NO_FILTER } from '../../../shared/timetable/backlog.ts';
import { cardsByRoom, dayHours, minuteAt, resizedDuration, roomColumns, slotTimes } from '../../../shared/timetable/grid.ts';
import { overlapsAt, roomOverlaps } from '../../../shared/timetable/overlaps.ts';
import { smallEvent } from './small-event.ts';

describe('the grid of a day', () => {
  it('runs from the earliest opening to the latest closing, in whole hours', () => {
    expect(dayHours(smallEvent(), '2025-10-14')).toEqual({ start: 8 * 60, end: 23 * 60 });
    expect(dayHours(smallEvent(), '2025-10-15')).toEqual({ start: 8 * 60, end: 17 * 60 });
  });

  it('groups rooms by venue in the organiser’s order, without hidden rooms', () => {
    const groups = roomColumns(smallEvent(), ['salle-1', 'amphi-a'], new Set(['grand-hall']));
    expect(groups.map((g) => [g.venue?.name, g.rooms.map((r) => r.name)])).toEqual([['Pôle Formation', ['Salle 1', 'Amphi A']]]);
  });

  it('sizes cards by duration and nests talks inside their thematic session', () => {
    const cards = cardsByRoom(smallEvent(), '2025-10-14', { start: 480, end: 1380 }, 2);
    const amphi = cards.get('amphi-a')!;
    expect(amphi.map((c) => [c.session.id, c.top, c.height, c.depth, c.nests])).toEqual([
      ['ts1', 240, 240, 0, true], ['ts1-k', 240, 90, 1, false], ['ts1-t1', 330, 50, 1, false], ['ts1-t2', 380, 50, 1, false],
    ]);
  });

  it('turns a pointer position into a snapped start that keeps the session inside the grid', () => {
    const hours = { start: 480, end: 1080 };
    expect(minuteAt(155 * 2, hours, 2, 15, 60)).toBe(480 + 150);
    expect(minuteAt(-40, hours, 2, 5, 60)).toBe(480);
    expect(minuteAt(10_000, hours, 2, 5, 60)).toBe(1020);
    expect(resizedDuration(60, 61, 2, 15, 600)).toBe(90);
    expect(resizedDuration(60, -500, 2, 15, 600)).toBe(15);
    expect(slotTimes(hours, 30)).toHaveLength(20);
  });
});

describe('overlaps for immediate feedback', () => {
  it('marks two sessions sharing a room at the same time, but not talks nested in their session', () => {
    expect(roomOverlaps(smallEvent()).size).toBe(0);
    const clash = applyEdit(smallEvent(), { type: 'session.place', payload: { sessionId: 'open-science', slot: { roomId: 'amphi-a', day: '2025-10-14', start: '11:30' } } });
    const found = roomOverlaps(clash);
    expect(found.get('open-science')?.sort()).toEqual(['ts1', 'ts1-t2']);
    expect(found.get('ts1')).toEqual(['open-science']);
  });

  it('tells where a dragged session would clash, back-to-back being fine', () => {
    const project = smallEvent();
    expect(overlapsAt(project, 'open-science', { roomId: 'salle-1', day: '2025-10-14', start: '13:00' }, 60)).toEqual([]);
    expect(overlapsAt(project, 'open-science', { roomId: 'salle-1', day: '2025-10-14', start: '13:30' }, 60).map((s) => s.title)).toEqual(['Empaqueter avec Guix']);
    expect(overlapsAt(project, 'ts1', { roomId: 'amphi-a', day: '2025-10-14', start: '10:30' }, 120)).toEqual([]);
  });
});

describe('the backlog', () => {
  it('lists unscheduled sessions by words (accents ignored) and filters', () => {
    const project = smallEvent();
    expect(backlogSessions(project, NO_FILTER).map((s) => s.id)).toEqual(['open-science', 'fed-ws']);
    expect(backlogSessions(project, { ...NO_FILTER, search: 'reseau' }).map((s) => s.id)).toEqual(['fed-ws']);
    expect(backlogSessions(project, { ...NO_FILTER, search: 'maumet' }).map((s) => s.id)).toEqual(['open-science']);
    expect(backlogSessions(project, { ...NO_FILTER, kind: 'workshop', themeId: 'fed', audience: 'engineers-seminar' }).map((s) => s.id)).toEqual(['fed-ws']);
    expect(backlogSessions(project, { ...NO_FILTER, audience: 'public' })).toEqual([]);
  });

  it('summarises a day: placed on it, and waiting in the backlog', () => {
    expect(daySummary(smallEvent(), '2025-10-14')).toEqual({ placed: 6, backlog: 2 });
    expect(daySummary(smallEvent(), '2025-10-15')).toEqual({ placed: 0, backlog: 2 });
  });
});
