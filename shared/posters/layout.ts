/**
 * The layout generator: boards for the common hall layouts, from the hall's size and the number of faces needed.
 * Rows of double-sided boards along aisles; single-sided boards along the walls, facing in; or both.
 */
import type { HallEntrance, PosterBoard } from '../model/schema.ts';
import { distance, snap } from './geometry.ts';
import { walkingOrder } from './walk.ts';

export const LAYOUT_KINDS = ['rows', 'walls', 'mix'] as const;
export type LayoutKind = (typeof LAYOUT_KINDS)[number];

export interface LayoutRequest {
  readonly kind: LayoutKind;
  /** The hall's outline, in metres. */
  readonly width: number;
  readonly depth: number;
  /** How many faces the posters need; the generator stops once it has them. */
  readonly faces: number;
  /** How many faces are marked prime (the highlighted posters' count). */
  readonly primeFaces: number;
  /**
   * In how many places along the walk the prime faces are gathered: one per theme with highlighted posters, so
   * each theme's stretch can have its own; 1 puts them all by the entrance.
   */
  readonly primeGroups?: number;
  readonly entrances: readonly HallEntrance[];
  readonly gridStep: number;
  readonly boardWidth?: number;
}

export interface Layout {
  readonly boards: PosterBoard[];
  /** Faces the hall could not hold (0 when it holds them all). */
  readonly missingFaces: number;
}

/** Space between two boards of a row, between rows of double-sided boards, and kept free along the walls (metres). */
const BOARD_GAP = 0.3;
const AISLE = 3;
const ROWS_FROM_WALL = 2;
const ROWS_FROM_WALL_BOARDS = 2.8;
const WALL_OFFSET = 0.3;
const CORNER = 1;

interface Spot {
  readonly x: number;
  readonly y: number;
  readonly rotation: number;
  readonly sides: 1 | 2;
}

/** Positions along a stretch from `from` to `to`, one board every pitch. */
function positions(from: number, to: number, boardWidth: number): number[] {
  const pitch = boardWidth + BOARD_GAP;
  const list: number[] = [];
  for (let p = from + boardWidth / 2; p + boardWidth / 2 <= to + 1e-9; p += pitch) list.push(p);
  return list;
}

function rowSpots(request: LayoutRequest, margin: number, boardWidth: number): Spot[] {
  const spots: Spot[] = [];
  for (let y = margin; y <= request.depth - margin + 1e-9; y += AISLE) {
    for (const x of positions(margin, request.width - margin, boardWidth)) spots.push({ x, y, rotation: 0, sides: 2 });
  }
  return spots;
}

/** Along the four walls, facing into the hall, leaving the doors free. */
function wallSpots(request: LayoutRequest, boardWidth: number): Spot[] {
  const { width, depth } = request;
  const spots: Spot[] = [
    ...positions(CORNER, width - CORNER, boardWidth).map((x) => ({ x, y: WALL_OFFSET, rotation: 180, sides: 1 as const })),
    ...positions(CORNER, depth - CORNER, boardWidth).map((y) => ({ x: width - WALL_OFFSET, y, rotation: 270, sides: 1 as const })),
    ...positions(CORNER, width - CORNER, boardWidth).reverse().map((x) => ({ x, y: depth - WALL_OFFSET, rotation: 0, sides: 1 as const })),
    ...positions(CORNER, depth - CORNER, boardWidth).reverse().map((y) => ({ x: WALL_OFFSET, y, rotation: 90, sides: 1 as const })),
  ];
  const clear = (spot: Spot) => request.entrances.every((door) => distance(spot, door) >= door.width / 2 + boardWidth / 2 + 0.5);
  return spots.filter(clear);
}

export function generateLayout(request: LayoutRequest): Layout {
  const boardWidth = request.boardWidth ?? 1.2;
  const candidates =
    request.kind === 'rows'
      ? rowSpots(request, ROWS_FROM_WALL, boardWidth)
      : request.kind === 'walls'
        ? wallSpots(request, boardWidth)
        : [...wallSpots(request, boardWidth), ...rowSpots(request, ROWS_FROM_WALL_BOARDS, boardWidth)];
  const spots: Spot[] = [];
  let faces = 0;
  for (const spot of candidates) {
    if (faces >= request.faces) break;
    spots.push(spot);
    faces += spot.sides;
  }
  const unnumbered: PosterBoard[] = spots.map((spot, i) => ({
    id: `board-${i + 1}`,
    number: i + 1,
    zone: '',
    x: snap(spot.x, request.gridStep),
    y: snap(spot.y, request.gridStep),
    rotation: spot.rotation,
    width: boardWidth,
    prime: false,
    offers: [],
    faces: spot.sides === 2 ? [{ id: `board-${i + 1}-A`, side: 'A' }, { id: `board-${i + 1}-B`, side: 'B' }] : [{ id: `board-${i + 1}-A`, side: 'A' }],
  }));
  const walked = walkingOrder({ boards: unnumbered, entrances: request.entrances });
  // Prime boards come at the start of each equal part of the walk (the first by the entrance), enough of them
  // in each part for one theme's highlighted posters.
  const groups = Math.max(1, Math.min(request.primeGroups ?? 1, walked.length));
  const perGroup = Math.ceil(request.primeFaces / groups);
  for (let g = 0; g < groups; g++) {
    let prime = 0;
    for (let i = Math.floor((g * walked.length) / groups); i < walked.length && prime < perGroup; i++) {
      walked[i]!.prime = true;
      prime += walked[i]!.faces.length;
    }
  }
  const boards = walked.map((board, i) => {
    const id = `board-${i + 1}`;
    return { ...board, id, number: i + 1, faces: board.faces.map((face) => ({ ...face, id: `${id}-${face.side}` })) };
  });
  return { boards, missingFaces: Math.max(0, request.faces - faces) };
}
