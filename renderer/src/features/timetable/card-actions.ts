/** Which card's menu is open (and where), and which session the "Move to…" dialog moves: one of each at a time. */
import { create } from 'zustand';

interface CardActionsState {
  readonly menu: { readonly sessionId: string; readonly x: number; readonly y: number } | null;
  readonly moving: string | null;
  openMenu(sessionId: string, x: number, y: number): void;
  openMoveTo(sessionId: string): void;
  close(): void;
}

export const useCardActions = create<CardActionsState>((set) => ({
  menu: null,
  moving: null,
  openMenu: (sessionId, x, y) => set({ menu: { sessionId, x, y }, moving: null }),
  openMoveTo: (sessionId) => set({ menu: null, moving: sessionId }),
  close: () => set({ menu: null, moving: null }),
}));

/** Gives the keyboard back to a card after its menu or dialog closes. */
export function focusCard(sessionId: string): void {
  document.querySelector<HTMLElement>(`.tt-card[data-session-id="${CSS.escape(sessionId)}"]`)?.focus();
}
