/** What a drop on the timetable does to the plan: pure, so it is tested without a browser. */
import type { Edit } from '../../../../shared/edits/index.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import { toTime } from '../../../../shared/model/time.ts';

/** Where a dragged session would land: a room and time, another day's tab, the backlog, or a new length. */
export type DropTarget =
  | { readonly type: 'slot'; readonly sessionId: string; readonly roomId: string; readonly day: string; readonly start: number; readonly duration: number }
  | { readonly type: 'day'; readonly sessionId: string; readonly day: string }
  | { readonly type: 'backlog'; readonly sessionId: string }
  | { readonly type: 'resize'; readonly sessionId: string; readonly duration: number };

/** The one gesture a drop makes (one undo step), or null when it would change nothing. */
export function dropEdits(project: Project, target: DropTarget): { edits: Edit[]; label: string } | null {
  const session = project.sessions.find((s) => s.id === target.sessionId);
  if (!session) return null;
  switch (target.type) {
    case 'slot': {
      const slot = { roomId: target.roomId, day: target.day, start: toTime(target.start) };
      const s = session.slot;
      if (s && s.roomId === slot.roomId && s.day === slot.day && s.start === slot.start) return null;
      return { edits: [{ type: 'sessions/place', payload: { sessionId: session.id, slot } }], label: s ? 'timetable:undo.move' : 'timetable:undo.place' };
    }
    case 'day':
      if (!session.slot || session.slot.day === target.day) return null;
      return { edits: [{ type: 'sessions/place', payload: { sessionId: session.id, slot: { ...session.slot, day: target.day } } }], label: 'timetable:undo.move' };
    case 'backlog':
      return { edits: [{ type: 'sessions/unschedule', payload: { sessionId: session.id } }], label: 'timetable:undo.unschedule' };
    case 'resize':
      if (target.duration === session.durationMinutes) return null;
      return { edits: [{ type: 'sessions/resize', payload: { sessionId: session.id, durationMinutes: target.duration } }], label: 'timetable:undo.resize' };
  }
}
