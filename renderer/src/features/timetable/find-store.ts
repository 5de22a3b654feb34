/** What the search over the grid found: cards read it to show themselves as matches, the current one apart. */
import { create } from 'zustand';

interface FindState {
  readonly matches: ReadonlySet<string>;
  readonly currentId: string | null;
  setFound(matches: ReadonlySet<string>, currentId: string | null): void;
}

export const useFindStore = create<FindState>((set) => ({
  matches: new Set(),
  currentId: null,
  setFound: (matches, currentId) => set({ matches, currentId }),
}));

/** How a card shows in the search: the match shown now, another match, or nothing when it does not match. */
export const useFound = (sessionId: string): 'current' | 'match' | undefined =>
  useFindStore((s) => (s.currentId === sessionId ? 'current' : s.matches.has(sessionId) ? 'match' : undefined));
