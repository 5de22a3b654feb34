/**
 * Which session the organiser asked to see, shared by the Problems panel (which sets it) and the timetable
 * (which shows that day, selects the card and scrolls to it).
 */
import { create } from 'zustand';
import { useProjectStore } from '../../state/store.ts';
import { useShellStore } from '../../app/shell-store.ts';

export interface SelectionState {
  readonly selectedSessionId: string | null;
  /** The day of the selected session, for the timetable's day tabs; null for a session in the backlog. */
  readonly day: string | null;
  /** Selects the session and brings the Timetable view forward. */
  select(sessionId: string): void;
}

export const useSelection = create<SelectionState>((set) => ({
  selectedSessionId: null,
  day: null,
  select: (sessionId) => {
    const session = useProjectStore.getState().project?.sessions.find((s) => s.id === sessionId);
    set({ selectedSessionId: sessionId, day: session?.slot?.day ?? null });
    useShellStore.getState().setView('timetable');
  },
}));
