/** The poster hall as the views read it: which poster hangs on which board face, and theme colours. */
import type { BoardFace, Poster, PosterBoard, Project, Theme } from '../../../../shared/model/schema.ts';

export const NO_THEME_COLOUR = '#9ca3af';

export interface FaceView {
  readonly board: PosterBoard;
  readonly face: BoardFace;
  readonly posters: readonly Poster[];
}

export interface HallView {
  readonly faces: readonly FaceView[];
  readonly unassigned: readonly Poster[];
  readonly themes: ReadonlyMap<string, Theme>;
}

export function hallView(project: Project): HallView {
  const { boards, posters } = project.posterHall;
  const byFace = new Map<string, Poster[]>();
  for (const poster of posters) {
    if (!poster.boardFaceId) continue;
    byFace.set(poster.boardFaceId, [...(byFace.get(poster.boardFaceId) ?? []), poster]);
  }
  const sortedBoards = [...boards].sort((a, b) => a.number - b.number);
  const faces = sortedBoards.flatMap((board) => board.faces.map((face) => ({ board, face, posters: byFace.get(face.id) ?? [] })));
  const knownFaces = new Set(faces.map((f) => f.face.id));
  return {
    faces,
    // A poster pointing at a face that does not exist is shown as unassigned rather than lost.
    unassigned: posters.filter((p) => !p.boardFaceId || !knownFaces.has(p.boardFaceId)),
    themes: new Map(project.themes.map((theme) => [theme.id, theme])),
  };
}

export const themeColour = (hall: HallView, poster: Poster | undefined): string =>
  (poster?.themeId && hall.themes.get(poster.themeId)?.color) || NO_THEME_COLOUR;
