/** The hall plan as an SVG document, to scale, for the venue and for signage: outline, doors, walls, zones, numbered boards. */
import type { TFunction } from 'i18next';
import type { Project } from '../model/schema.ts';
import { BOARD_DEPTH, boardTransform, faceRect } from './geometry.ts';

export const NO_THEME_COLOUR = '#9ca3af';
const FREE_FACE = '#ffffff';
const PRIME_EDGE = '#d97706';
/** Room around the hall for the title line, in metres. */
const MARGIN = 1.5;

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const n = (value: number): string => String(Math.round(value * 1000) / 1000);

/** The face id → fill colour: the theme of the poster on it, white when free. */
export function faceColours(project: Project): Map<string, string> {
  const colour = new Map(project.themes.map((theme) => [theme.id, theme.color]));
  const colours = new Map<string, string>();
  for (const poster of project.posterHall.posters) {
    if (poster.boardFaceId === null) continue;
    colours.set(poster.boardFaceId, (poster.themeId !== null && colour.get(poster.themeId)) || NO_THEME_COLOUR);
  }
  return colours;
}

export function hallPlanSvg(project: Project, t: TFunction): string {
  const hall = project.posterHall;
  const colours = faceColours(project);
  const highlighted = new Set(hall.posters.filter((p) => p.highlighted && p.boardFaceId !== null).map((p) => p.boardFaceId));
  const faces = hall.boards.reduce((count, board) => count + board.faces.length, 0);
  const parts: string[] = [];
  parts.push(`<rect class="hall" x="0" y="0" width="${n(hall.width)}" height="${n(hall.depth)}" fill="#f8fafc" stroke="#1f2937" stroke-width="0.12"/>`);
  for (const zone of hall.zones) {
    parts.push(`<g class="zone"><rect x="${n(zone.x)}" y="${n(zone.y)}" width="${n(zone.width)}" height="${n(zone.depth)}" fill="#ecfdf5" stroke="#059669" stroke-width="0.05" stroke-dasharray="0.3 0.2"/>` +
      `<text x="${n(zone.x + 0.2)}" y="${n(zone.y + 0.6)}" font-size="0.5" fill="#065f46">${escape(zone.name)}</text></g>`);
  }
  for (const wall of hall.walls) {
    parts.push(`<line class="wall" x1="${n(wall.x1)}" y1="${n(wall.y1)}" x2="${n(wall.x2)}" y2="${n(wall.y2)}" stroke="#1f2937" stroke-width="0.2"/>`);
  }
  for (const door of hall.entrances) {
    parts.push(`<g class="entrance"><circle cx="${n(door.x)}" cy="${n(door.y)}" r="${n(door.width / 2)}" fill="#22c55e" fill-opacity="0.35" stroke="#15803d" stroke-width="0.08"/>` +
      `<text x="${n(door.x + door.width / 2 + 0.2)}" y="${n(door.y + 0.2)}" font-size="0.55" fill="#15803d">${escape(door.label || t('posters:plan.entrance'))}</text></g>`);
  }
  for (const board of [...hall.boards].sort((a, b) => a.number - b.number)) {
    const rects = board.faces.map((face, i) => {
      const r = faceRect(board, i);
      return `<rect class="face" data-face="${escape(face.id)}" x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${colours.get(face.id) ?? FREE_FACE}" stroke="#374151" stroke-width="0.03"/>`;
    });
    const star = board.faces.some((f) => highlighted.has(f.id)) ? `<text x="${n(board.width / 2 - 0.05)}" y="${n(-BOARD_DEPTH / 2 - 0.05)}" font-size="0.5" text-anchor="end" fill="#b91c1c">★</text>` : '';
    const prime = board.prime ? `<rect x="${n(-board.width / 2 - 0.06)}" y="${n(-BOARD_DEPTH / 2 - 0.06)}" width="${n(board.width + 0.12)}" height="${n(BOARD_DEPTH + 0.12)}" fill="none" stroke="${PRIME_EDGE}" stroke-width="0.06"/>` : '';
    parts.push(`<g class="board" data-board="${board.number}" transform="${boardTransform(board)}">${prime}${rects.join('')}` +
      `<text x="0" y="${n(BOARD_DEPTH / 2 + 0.55)}" font-size="0.5" text-anchor="middle" fill="#111827">${board.number}</text>${star}</g>`);
  }
  const title = escape(t('posters:plan.legend', { boards: hall.boards.length, faces }));
  const viewBox = `${n(-MARGIN)} ${n(-MARGIN)} ${n(hall.width + 2 * MARGIN)} ${n(hall.depth + 2 * MARGIN)}`;
  // Drawn at 40 px per metre, so the file opens at a readable size; the view box keeps it to scale.
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${Math.round((hall.width + 2 * MARGIN) * 40)}" height="${Math.round((hall.depth + 2 * MARGIN) * 40)}" font-family="Inter, Arial, sans-serif">`,
    `<title>${title}</title>`,
    `<text x="0" y="${n(-MARGIN / 2)}" font-size="0.6" fill="#111827">${title}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
