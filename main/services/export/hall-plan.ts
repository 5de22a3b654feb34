/** The poster hall as a picture: each board where the plan puts it, with its number; prime spots and highlighted posters stand out. */
import type { PosterHall } from '../../../shared/model/schema.ts';
import { encodePng, Picture } from './png.ts';

type Rgb = readonly [number, number, number];
const INK: Rgb = [40, 40, 40];
const BOARD: Rgb = [225, 230, 238];
const PRIME: Rgb = [255, 214, 120];
const HIGHLIGHT: Rgb = [200, 60, 40];

/** Digits 0–9 as 3×5 dots, enough to print board numbers without a font. */
const DIGITS = ['111101101101111', '010110010010111', '111001111100111', '111001111001111', '101101111001001',
  '111100111001111', '111100111101111', '111001001001001', '111101111101111', '111101111001111'];

function drawNumber(picture: Picture, value: number, centreX: number, centreY: number, dot: number): void {
  const digits = String(value);
  const width = digits.length * 4 * dot - dot;
  let x = centreX - width / 2;
  const y = centreY - (5 * dot) / 2;
  for (const digit of digits) {
    const pattern = DIGITS[Number(digit)]!;
    for (let i = 0; i < 15; i++) if (pattern[i] === '1') picture.fill(x + (i % 3) * dot, y + Math.floor(i / 3) * dot, dot, dot, INK);
    x += 4 * dot;
  }
}

export const PLAN_WIDTH = 960;
export const PLAN_HEIGHT = 640;

/** The plan as PNG bytes; boards are scaled to fill the picture, keeping their relative positions. */
export function drawHallPlan(hall: PosterHall): Buffer<ArrayBuffer> {
  const picture = new Picture(PLAN_WIDTH, PLAN_HEIGHT);
  picture.frame(0, 0, PLAN_WIDTH, PLAN_HEIGHT, INK, 3);
  const boards = hall.boards;
  if (boards.length === 0) return encodePng(picture);
  const highlighted = new Set(hall.posters.filter((p) => p.highlighted && p.boardFaceId).map((p) => p.boardFaceId));
  const xs = boards.map((b) => b.x);
  const ys = boards.map((b) => b.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Board size shrinks as the hall fills up, so neighbours do not cover each other.
  const across = Math.max(1, Math.ceil(Math.sqrt(boards.length * (PLAN_WIDTH / PLAN_HEIGHT))));
  const boardW = Math.max(14, Math.min(72, (PLAN_WIDTH - 60) / across - 8));
  const boardH = Math.max(10, boardW * 0.55);
  const margin = 20 + boardW / 2;
  const scaleX = maxX > minX ? (PLAN_WIDTH - 2 * margin) / (maxX - minX) : 0;
  const scaleY = maxY > minY ? (PLAN_HEIGHT - 2 * margin) / (maxY - minY) : 0;
  const dot = Math.max(1, Math.floor(Math.min(boardH / 7, boardW / (String(Math.max(...boards.map((b) => b.number))).length * 4 + 1))));
  for (const board of boards) {
    const cx = scaleX ? margin + (board.x - minX) * scaleX : PLAN_WIDTH / 2;
    const cy = scaleY ? margin + (board.y - minY) * scaleY : PLAN_HEIGHT / 2;
    const x = cx - boardW / 2;
    const y = cy - boardH / 2;
    picture.fill(x, y, boardW, boardH, board.prime ? PRIME : BOARD);
    const star = board.faces.some((face) => highlighted.has(face.id));
    picture.frame(x, y, boardW, boardH, star ? HIGHLIGHT : INK, star ? 3 : 1);
    drawNumber(picture, board.number, cx, cy, dot);
  }
  return encodePng(picture);
}
