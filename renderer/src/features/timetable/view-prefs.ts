/** How the organiser likes to look at the grid (zoom, hidden and reordered rooms, the day shown): not project data. */
import { create } from 'zustand';

export const ZOOMS = [1, 1.5, 2, 3] as const;
const KEY = 'regie.timetable.view';

interface ViewPrefs {
  /** Pixels per minute. */
  readonly zoom: number;
  readonly hiddenRooms: readonly string[];
  /** Room ids in the organiser's order; rooms not listed keep the project's order after these. */
  readonly roomOrder: readonly string[];
  /** The day last looked at: the grid reopens on it when the project has that day. */
  readonly day: string | null;
}

interface ViewPrefsState extends ViewPrefs {
  setZoom(zoom: number): void;
  toggleRoom(roomId: string): void;
  /** Moves a room one place left (-1) or right (+1) among `visibleOrder`. */
  moveRoom(roomId: string, by: -1 | 1, visibleOrder: readonly string[]): void;
  setDay(day: string): void;
}

function readPrefs(): ViewPrefs {
  const fallback: ViewPrefs = { zoom: 1.5, hiddenRooms: [], roomOrder: [], day: null };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ViewPrefs>;
    return {
      zoom: ZOOMS.includes(saved.zoom as (typeof ZOOMS)[number]) ? (saved.zoom as number) : fallback.zoom,
      hiddenRooms: Array.isArray(saved.hiddenRooms) ? saved.hiddenRooms.filter((x) => typeof x === 'string') : [],
      roomOrder: Array.isArray(saved.roomOrder) ? saved.roomOrder.filter((x) => typeof x === 'string') : [],
      day: typeof saved.day === 'string' ? saved.day : null,
    };
  } catch {
    // Unreadable preferences are only a view: start with the defaults.
    return fallback;
  }
}

export const useViewPrefs = create<ViewPrefsState>((set, get) => {
  const save = () => {
    const { zoom, hiddenRooms, roomOrder, day } = get();
    try {
      localStorage.setItem(KEY, JSON.stringify({ zoom, hiddenRooms, roomOrder, day }));
    } catch {
      // A full or unavailable storage only loses the view preference, never project data.
    }
  };
  return {
    ...readPrefs(),
    setZoom: (zoom) => {
      set({ zoom });
      save();
    },
    toggleRoom: (roomId) => {
      const hidden = get().hiddenRooms;
      set({ hiddenRooms: hidden.includes(roomId) ? hidden.filter((id) => id !== roomId) : [...hidden, roomId] });
      save();
    },
    moveRoom: (roomId, by, visibleOrder) => {
      const order = [...visibleOrder];
      const i = order.indexOf(roomId);
      const j = i + by;
      if (i < 0 || j < 0 || j >= order.length) return;
      [order[i], order[j]] = [order[j]!, order[i]!];
      set({ roomOrder: order });
      save();
    },
    setDay: (day) => {
      set({ day });
      save();
    },
  };
});
