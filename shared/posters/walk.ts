/**
 * The walking order of the hall: boards grouped into lines (a row across the plan, or a column along a wall),
 * walked from the entrance, each line from its nearer end, then on to the nearest end of another line: a snake
 * along the aisles, or a round along the walls. Board numbers follow it, so staff and visitors find posters.
 */
import type { BoardFace, PosterBoard } from '../model/schema.ts';
import { distance, isAcross, type Point } from './geometry.ts';

/** Boards whose centres are this close across the line's direction stand in one line. */
const LINE_TOLERANCE = 0.75;

interface Line {
  readonly boards: readonly PosterBoard[];
}

const byId = (a: PosterBoard, b: PosterBoard): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function linesOf(boards: readonly PosterBoard[], across: boolean): Line[] {
  const [key, run] = across ? (['y', 'x'] as const) : (['x', 'y'] as const);
  const sorted = [...boards].sort((a, b) => a[key] - b[key] || a[run] - b[run] || byId(a, b));
  const lines: PosterBoard[][] = [];
  let start = Number.NEGATIVE_INFINITY;
  for (const board of sorted) {
    if (board[key] - start > LINE_TOLERANCE) {
      lines.push([]);
      start = board[key];
    }
    lines.at(-1)!.push(board);
  }
  return lines.map((line) => ({ boards: line.sort((a, b) => a[run] - b[run] || byId(a, b)) }));
}

/** Where the walk begins: the first entrance, else the hall's top-left corner. */
export const walkStart = (hall: { readonly entrances: readonly Point[] }): Point => hall.entrances[0] ?? { x: 0, y: 0 };

/** The boards in walking order. */
export function walkingOrder(hall: { readonly boards: readonly PosterBoard[]; readonly entrances: readonly Point[] }): PosterBoard[] {
  const lines = [...linesOf(hall.boards.filter(isAcross), true), ...linesOf(hall.boards.filter((b) => !isAcross(b)), false)];
  const order: PosterBoard[] = [];
  let here = walkStart(hall);
  const left = new Set(lines);
  while (left.size > 0) {
    let best: { line: Line; reversed: boolean; d: number } | null = null;
    for (const line of left) {
      const first = distance(here, line.boards[0]!);
      const last = distance(here, line.boards.at(-1)!);
      const d = Math.min(first, last);
      if (!best || d < best.d - 1e-9) best = { line, reversed: last < first - 1e-9, d };
    }
    left.delete(best!.line);
    const boards = best!.reversed ? [...best!.line.boards].reverse() : best!.line.boards;
    order.push(...boards);
    here = boards.at(-1)!;
  }
  return order;
}

export interface WalkFace {
  readonly board: PosterBoard;
  readonly face: BoardFace;
  /** The board's number in walking order (1 for the first board walked past). */
  readonly number: number;
}

/** Every face in walking order: a board's face A, then its face B. */
export function walkingFaces(hall: { readonly boards: readonly PosterBoard[]; readonly entrances: readonly Point[] }): WalkFace[] {
  return walkingOrder(hall).flatMap((board, i) =>
    [...board.faces].sort((a, b) => (a.side < b.side ? -1 : a.side > b.side ? 1 : 0)).map((face) => ({ board, face, number: i + 1 })),
  );
}
