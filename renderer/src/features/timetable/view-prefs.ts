/**
 * How the organiser likes to look at the grid: zoom, fitting every room, hidden and reordered rooms (this window's
 * storage), which findings the cards show and where the grid was per file (the app's settings). Never project data.
 */
import { create } from 'zustand';
import type { Severity } from '../../../../shared/rules/types.ts';
import { SEVERITIES } from '../../../../shared/rules/types.ts';
import type { TimetablePlace } from '../../../../shared/timetable/view-settings.ts';

export const ZOOMS = [1, 1.5, 2, 3] as const;

/**
 * A place to scroll to. `reveal`: the room is to be seen, the grid staying at its left edge when it already shows it
 * (where the sessions are); otherwise the room is the first in view (where the organiser was).
 */
export type GoTo = TimetablePlace & { readonly reveal?: boolean };
const KEY = 'regie.timetable.view';

interface ViewPrefs {
  /** Pixels per minute. */
  readonly zoom: number;
  /** Columns narrowed so that every room shown fits in the grid's width. */
  readonly fit: boolean;
  readonly hiddenRooms: readonly string[];
  /** Room ids in the organiser's order; rooms not listed keep the project's order after these. */
  readonly roomOrder: readonly string[];
}

interface ViewPrefsState extends ViewPrefs {
  /** The day shown. */
  readonly day: string | null;
  /** Where the grid should scroll to once it shows `place.day` (a file opened, the view shown again); null once there. */
  readonly goTo: GoTo | null;
  /** The project opening (the store's count) the grid's place belongs to. */
  readonly placeOpening: number;
  readonly shownFindings: readonly Severity[];
  setZoom(zoom: number): void;
  setFit(fit: boolean): void;
  toggleRoom(roomId: string): void;
  /** Moves a room one place left (-1) or right (+1) among `visibleOrder`. */
  moveRoom(roomId: string, by: -1 | 1, visibleOrder: readonly string[]): void;
  setDay(day: string): void;
  /** Shows the place's day and scrolls there; `opening`: the project opening it belongs to. */
  go(place: GoTo, opening: number): void;
  arrived(): void;
  /** Shows or hides one severity's icons on the cards, for every file. */
  toggleFinding(severity: Severity): void;
  /** The findings filter as the app's settings have it. */
  loadShownFindings(shown: readonly Severity[]): void;
}

function readPrefs(): ViewPrefs {
  const fallback: ViewPrefs = { zoom: 1.5, fit: false, hiddenRooms: [], roomOrder: [] };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ViewPrefs>;
    return {
      zoom: ZOOMS.includes(saved.zoom as (typeof ZOOMS)[number]) ? (saved.zoom as number) : fallback.zoom,
      fit: saved.fit === true,
      hiddenRooms: Array.isArray(saved.hiddenRooms) ? saved.hiddenRooms.filter((x) => typeof x === 'string') : [],
      roomOrder: Array.isArray(saved.roomOrder) ? saved.roomOrder.filter((x) => typeof x === 'string') : [],
    };
  } catch {
    // Unreadable preferences are only a view: start with the defaults.
    return fallback;
  }
}

/** The app's settings are written at most this often while the grid scrolls. */
const PLACE_SAVE_DELAY_MS = 400;
let placeTimer: ReturnType<typeof setTimeout> | undefined;
/** Where the grid is now: not state, since it changes at every scroll and nothing re-renders for it. */
let currentPlace: TimetablePlace | null = null;

/** Where the grid was last, for the view shown again in this window. */
export const lastPlace = (): TimetablePlace | null => currentPlace;

/** Writes where the grid is for the open file now, if a write is waiting. */
function writePlace(): Promise<void> {
  const waiting = placeTimer !== undefined;
  clearTimeout(placeTimer);
  placeTimer = undefined;
  // Losing where the grid was is harmless: the next scroll says it again.
  return waiting && currentPlace ? window.regie.setTimetableView({ place: currentPlace }).catch(() => undefined) : Promise.resolve();
}

/** The grid scrolled: remembered here, and soon in the app's settings for the open file. */
export function rememberPlace(place: TimetablePlace): void {
  currentPlace = place;
  clearTimeout(placeTimer);
  placeTimer = setTimeout(() => void writePlace(), PLACE_SAVE_DELAY_MS);
}

/** Before another file opens: the place waiting to be written is this file's, never the next one's. */
export const writePlaceBeforeOpening = writePlace;

export const useViewPrefs = create<ViewPrefsState>((set, get) => {
  const save = () => {
    const { zoom, fit, hiddenRooms, roomOrder } = get();
    try {
      localStorage.setItem(KEY, JSON.stringify({ zoom, fit, hiddenRooms, roomOrder }));
    } catch {
      // A full or unavailable storage only loses the view preference, never project data.
    }
  };
  return {
    ...readPrefs(),
    day: null,
    goTo: null,
    placeOpening: 0,
    shownFindings: SEVERITIES,
    setZoom: (zoom) => {
      set({ zoom });
      save();
    },
    setFit: (fit) => {
      set({ fit });
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
    },
    go: (goTo, opening) => {
      const { reveal: _, ...place } = goTo;
      currentPlace = place;
      set({ day: place.day, goTo, placeOpening: opening });
    },
    arrived: () => set({ goTo: null }),
    toggleFinding: (severity) => {
      const shown = get().shownFindings;
      const next = SEVERITIES.filter((s) => (s === severity ? !shown.includes(s) : shown.includes(s)));
      set({ shownFindings: next });
      // The filter still applies in this window when the settings cannot be written.
      window.regie.setTimetableView({ shownFindings: next }).catch(() => undefined);
    },
    loadShownFindings: (shown) => set({ shownFindings: SEVERITIES.filter((s) => shown.includes(s)) }),
  };
});
