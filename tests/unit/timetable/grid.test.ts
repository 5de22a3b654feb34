import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/index.ts';
import { backlogSessions, daySummary, NO_FILTER } from '../../../shared/timetable/backlog.ts';
import { cardsByRoom, dayHours, minuteAt, resizedDuration, roomColumns, slotTimes } from '../../../shared/timetable/grid.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { conflictsByItem, createConflictChecker, findConflicts, roomClashesOf } from '../../../shared/rules/index.ts';
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

describe('one overlap truth: the grid, the drop preview and the Problems panel read the rule engine', () => {
  const intruderAt = (project: Project, start: string) =>
    applyEdit(project, { type: 'sessions/place', payload: { sessionId: 'open-science', slot: { roomId: 'amphi-a', day: '2025-10-14', start } } });

  it('pairs an intruder with the thematic session only, not with the talk nested in it that it also overlaps', () => {
    // 11:30–12:30 overlaps "Session thématique 1" (10:00–12:00) and its talk "Exposé 2" (11:10–11:35).
    const conflicts = findConflicts(intruderAt(smallEvent(), '11:30'));
    const rooms = conflicts.filter((c) => c.rule === 'room-double-booked');
    expect(rooms.map((c) => c.items.filter((i) => i.kind === 'session').map((i) => i.id))).toEqual([['ts1', 'open-science']]);
    expect(roomClashesOf(conflicts, 'open-science')).toEqual(['ts1']);
    expect(roomClashesOf(conflicts, 'ts1')).toEqual(['open-science']);
    expect(roomClashesOf(conflicts, 'ts1-t2')).toEqual([]);
    // A card shows the conflicts of its session: the intruder's card has this one message, the talk's card none.
    const byItem = conflictsByItem(conflicts);
    expect(byItem.get('session:open-science')?.map((c) => c.rule)).toEqual(['room-double-booked']);
    expect(byItem.get('session:ts1-t2')).toBeUndefined();
  });

  it('finds no clash for talks inside their session, nor back to back', () => {
    expect(findConflicts(smallEvent()).filter((c) => c.rule === 'room-double-booked')).toEqual([]);
    expect(roomClashesOf(findConflicts(intruderAt(smallEvent(), '12:00')), 'open-science')).toEqual([]);
  });

  it('previews a drop with the checker the grid follows: what it says before the drop is what the grid shows after', () => {
    const project = smallEvent();
    const checker = createConflictChecker(project);
    // The preview follows the pointer over two slots, then the drop lands on the second.
    expect(roomClashesOf(checker.update(intruderAt(project, '09:00')), 'open-science')).toEqual([]);
    const previewed = checker.update(intruderAt(project, '11:30'));
    expect(roomClashesOf(previewed, 'open-science')).toEqual(['ts1']);
    const dropped = intruderAt(project, '11:30');
    expect(checker.update(dropped)).toEqual(findConflicts(dropped));
    expect(checker.update(project)).toEqual(findConflicts(project));
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
