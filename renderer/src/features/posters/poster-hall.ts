/** The poster hall as the view reads it: faces in walking order with their poster, the posters without one, the themes' figures. */
import type { BoardFace, Person, Poster, PosterBoard, Project, Theme } from '../../../../shared/model/schema.ts';
import { NO_THEME_COLOUR } from '../../../../shared/posters/plan-svg.ts';
import { peopleById } from '../../../../shared/posters/presenters.ts';
import { hallQuality, type HallQuality } from '../../../../shared/posters/quality.ts';
import { walkingFaces } from '../../../../shared/posters/walk.ts';

export interface FaceView {
  readonly board: PosterBoard;
  readonly face: BoardFace;
  readonly posters: readonly Poster[];
}

export interface ThemeFigures {
  readonly theme: Theme | null;
  readonly count: number;
  readonly highlighted: number;
}

export interface HallView {
  /** Every face in walking order (the order of the printed board list). */
  readonly faces: readonly FaceView[];
  readonly unassigned: readonly Poster[];
  readonly themes: ReadonlyMap<string, Theme>;
  readonly people: ReadonlyMap<string, Person>;
  readonly legend: readonly ThemeFigures[];
  readonly quality: HallQuality;
}

export function hallView(project: Project): HallView {
  const { posters } = project.posterHall;
  const byFace = new Map<string, Poster[]>();
  for (const poster of posters) {
    if (!poster.boardFaceId) continue;
    byFace.set(poster.boardFaceId, [...(byFace.get(poster.boardFaceId) ?? []), poster]);
  }
  const walk = walkingFaces(project.posterHall);
  const faces = walk.map(({ board, face }) => ({ board, face, posters: byFace.get(face.id) ?? [] }));
  const knownFaces = new Set(faces.map((f) => f.face.id));
  const legend: ThemeFigures[] = [...project.themes, null]
    .map((theme) => {
      const mine = posters.filter((p) => (theme ? p.themeId === theme.id : !p.themeId || !project.themes.some((t) => t.id === p.themeId)));
      return { theme, count: mine.length, highlighted: mine.filter((p) => p.highlighted).length };
    })
    .filter((figures) => figures.count > 0);
  return {
    faces,
    // A poster pointing at a face that does not exist is shown as unassigned rather than lost.
    unassigned: posters.filter((p) => !p.boardFaceId || !knownFaces.has(p.boardFaceId)),
    themes: new Map(project.themes.map((theme) => [theme.id, theme])),
    people: peopleById(project.people),
    legend,
    quality: hallQuality(walk, new Map(faces.flatMap((f) => (f.posters[0] ? [[f.face.id, f.posters[0]] as const] : []))), project.posterHall),
  };
}

export const themeColour = (hall: HallView, poster: Poster | undefined): string =>
  (poster?.themeId && hall.themes.get(poster.themeId)?.color) || NO_THEME_COLOUR;

/** Drag and drop ids: what is dragged (a board, a poster) and where it can land (a face, the list). */
export const boardDragId = (id: string): string => `board:${id}`;
export const posterDragId = (id: string): string => `poster:${id}`;
export const entranceDragId = (index: number): string => `entrance:${index}`;
export const faceDropId = (id: string): string => `face:${id}`;
export const UNASSIGNED_DROP_ID = 'unassigned';
export const idAfter = (prefix: string, dragId: string): string | null => (dragId.startsWith(`${prefix}:`) ? dragId.slice(prefix.length + 1) : null);
