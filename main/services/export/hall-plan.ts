/**
 * The poster hall as a picture, to scale like the editor's plan: the outline, the doors, each board where it stands
 * (turned as it is), its faces in the colour of their posters' themes, its number; prime spots and highlighted posters stand out.
 */
import type { Project } from '../../../shared/model/schema.ts';
import { BOARD_DEPTH, isAcross } from '../../../shared/posters/geometry.ts';
import { faceColours } from '../../../shared/posters/plan-svg.ts';
import { encodePng, Picture } from './png.ts';

type Rgb = readonly [number, number, number];
const INK: Rgb = [40, 40, 40];
const FREE: Rgb = [255, 255, 255];
const FLOOR: Rgb = [248, 250, 252];
const DOOR: Rgb = [34, 197, 94];
const PRIME: Rgb = [217, 119, 6];
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
const MARGIN = 24;

const rgb = (hex: string): Rgb => {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return Number.isNaN(value) ? INK : [(value >> 16) & 255, (value >> 8) & 255, value & 255];
};

/** The plan as PNG bytes, the hall scaled to fill the picture. */
export function drawHallPlan(project: Project): Buffer<ArrayBuffer> {
  const hall = project.posterHall;
  const picture = new Picture(PLAN_WIDTH, PLAN_HEIGHT);
  const scale = Math.min((PLAN_WIDTH - 2 * MARGIN) / hall.width, (PLAN_HEIGHT - 2 * MARGIN) / hall.depth);
  const px = (metres: number) => MARGIN + metres * scale;
  picture.fill(px(0), px(0), hall.width * scale, hall.depth * scale, FLOOR);
  picture.frame(px(0) - 2, px(0) - 2, hall.width * scale + 4, hall.depth * scale + 4, INK, 3);
  for (const door of hall.entrances) {
    const half = (door.width / 2) * scale;
    picture.fill(px(door.x) - half, px(door.y) - half, 2 * half, 2 * half, DOOR);
  }
  const colours = faceColours(project);
  const highlighted = new Set(hall.posters.filter((p) => p.highlighted && p.boardFaceId).map((p) => p.boardFaceId));
  const dot = Math.max(1, Math.floor(scale * 0.1));
  for (const board of hall.boards) {
    const across = isAcross(board);
    // Face A looks up at 0°, right at 90°, down at 180°, left at 270°: it is drawn on that side of the board.
    const flipped = across ? Math.cos((board.rotation * Math.PI) / 180) < 0 : Math.sin((board.rotation * Math.PI) / 180) > 0;
    const [w, h] = across ? [board.width * scale, BOARD_DEPTH * scale] : [BOARD_DEPTH * scale, board.width * scale];
    const x = px(board.x) - w / 2;
    const y = px(board.y) - h / 2;
    const faces = flipped ? [...board.faces].reverse() : board.faces;
    faces.forEach((face, i) => {
      const colour = colours.has(face.id) ? rgb(colours.get(face.id)!) : FREE;
      if (across) picture.fill(x, y + (i * h) / faces.length, w, h / faces.length, colour);
      else picture.fill(x + (i * w) / faces.length, y, w / faces.length, h, colour);
    });
    const star = board.faces.some((face) => highlighted.has(face.id));
    picture.frame(x, y, w, h, star ? HIGHLIGHT : board.prime ? PRIME : INK, star || board.prime ? 2 : 1);
    if (across) drawNumber(picture, board.number, px(board.x), y + h + 4 * dot, dot);
    else drawNumber(picture, board.number, x + w + (String(board.number).length * 2 + 1) * dot, px(board.y), dot);
  }
  return encodePng(picture);
}
