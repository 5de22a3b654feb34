/**
 * Side-by-side lanes for the sessions of one room on one day, as calendars draw overlaps: sessions that overlap share
 * the width, so none is ever fully hidden; a nested talk shares its parent's strip, right of the parent's title.
 */
import type { Session } from '../model/schema.ts';
import { toMinutes } from '../model/time.ts';

/** One session of a room's day, as the lanes need it. */
export interface LaneItem {
  readonly id: string;
  /** Minutes since midnight. */
  readonly start: number;
  readonly end: number;
  /** The session it is nested in when that one is in the same room on the same day, else null. */
  readonly parentId: string | null;
}

/** A length as CSS writes it: `fraction` of the column's width plus `px` pixels. */
export interface Span {
  readonly fraction: number;
  readonly px: number;
}

export interface LaneBox {
  /** Which lane of its strip (0: leftmost), and how many lanes the overlapping sessions of that strip need. */
  readonly lane: number;
  readonly lanes: number;
  readonly left: Span;
  readonly width: Span;
}

/** Space kept free on each side of a column. */
export const COLUMN_PADDING = 4;
/** Indent of a nested card: the width of its parent's title strip. */
export const NEST_INDENT = 22;

/** A box edge as CSS, in its simplest form (`4px`, `50%` or `calc(50% + 2px)`): hundreds of cards come into view at each scroll step, and a calc() costs more to read. */
export function cssLength({ fraction, px }: Span): string {
  const percent = Math.abs(fraction) < 1e-9 ? 0 : fraction * 100;
  if (percent === 0) return `${px}px`;
  return px === 0 ? `${percent}%` : `calc(${percent}% + ${px}px)`;
}

/** The box's distance from the column's right edge: with `left`, it places the box without a calc() for most cards. */
export const rightOf = (box: LaneBox): Span => ({ fraction: 1 - box.left.fraction - box.width.fraction, px: -(box.left.px + box.width.px) });

/** Lane numbers for items of one strip: each takes the first lane free at its start; a cluster of overlaps shares its lane count. */
function assignLanes(items: readonly LaneItem[]): Map<string, { lane: number; lanes: number }> {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const out = new Map<string, { lane: number; lanes: number }>();
  let cluster: { id: string; lane: number }[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const close = () => {
    for (const { id, lane } of cluster) out.set(id, { lane, lanes: laneEnds.length });
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= clusterEnd) close();
    const end = Math.max(item.end, item.start + 1);
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= item.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = end;
    cluster.push({ id: item.id, lane });
    clusterEnd = Math.max(clusterEnd, end);
  }
  close();
  return out;
}

/** Where each item sits across its column: its lane, and its left edge and width as fractions of the column plus pixels. */
export function laneBoxes(items: readonly LaneItem[]): Map<string, LaneBox> {
  const byId = new Map(items.map((i) => [i.id, i]));
  // A parent chain that loops (a damaged file) would hide its sessions: they are then laid out at the top level.
  const loops = (item: LaneItem): boolean => {
    const seen = new Set<string>();
    for (let at: LaneItem | undefined = item; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (seen.has(at.id)) return true;
      seen.add(at.id);
    }
    return false;
  };
  const children = new Map<string | null, LaneItem[]>();
  for (const item of items) {
    const parent = item.parentId && byId.has(item.parentId) && !loops(item) ? item.parentId : null;
    const list = children.get(parent);
    if (list) list.push(item);
    else children.set(parent, [item]);
  }
  const out = new Map<string, LaneBox>();
  const layStrip = (parentId: string | null, left: Span, width: Span) => {
    const strip = children.get(parentId);
    if (!strip) return;
    for (const [id, { lane, lanes }] of assignLanes(strip)) {
      const box: LaneBox = {
        lane,
        lanes,
        left: { fraction: left.fraction + (lane * width.fraction) / lanes, px: left.px + (lane * width.px) / lanes },
        width: { fraction: width.fraction / lanes, px: width.px / lanes },
      };
      out.set(id, box);
      layStrip(id, { fraction: box.left.fraction, px: box.left.px + NEST_INDENT }, { fraction: box.width.fraction, px: box.width.px - NEST_INDENT });
    }
  };
  layStrip(null, { fraction: 0, px: COLUMN_PADDING }, { fraction: 1, px: -2 * COLUMN_PADDING });
  return out;
}

/** A placed session as the lanes see it, or null for one in the backlog. */
export function laneItemOf(session: Session): LaneItem | null {
  if (!session.slot) return null;
  const start = toMinutes(session.slot.start);
  return { id: session.id, start, end: start + session.durationMinutes, parentId: session.parentId };
}

/** The box a dropped session would take among a room's `items`, the moving ones (it and its nested talks) left out. */
export function laneOfDrop(items: readonly LaneItem[], moving: ReadonlySet<string>, drop: LaneItem): LaneBox {
  const staying = items.filter((i) => !moving.has(i.id));
  return laneBoxes([...staying, drop]).get(drop.id)!;
}
