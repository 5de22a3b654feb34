/** Where the current drag would land: kept apart from the project so only the preview re-renders while dragging. */
import { create } from 'zustand';
import type { DropTarget } from './drop-edits.ts';

interface DragState {
  readonly activeId: string | null;
  /** Kept after the drop until the next drag starts, so the screen reader can say where it landed. */
  readonly target: DropTarget | null;
  setActive(id: string | null): void;
  setTarget(target: DropTarget | null): void;
}

const sameTarget = (a: DropTarget | null, b: DropTarget | null): boolean => JSON.stringify(a) === JSON.stringify(b);

export const useDragStore = create<DragState>((set, get) => ({
  activeId: null,
  target: null,
  setActive: (activeId) => set(activeId ? { activeId, target: null } : { activeId }),
  setTarget: (target) => {
    if (!sameTarget(get().target, target)) set({ target });
  },
}));
