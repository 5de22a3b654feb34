/** Edits of the poster hall: the layout and its boards, the posters, and which poster hangs on which face. */
import type { Draft } from 'immer';
import {
  POSTER_NEEDS, posterBoardSchema, posterHallSchema, posterSchema,
  type Poster, type PosterBoard, type PosterBoardInput, type PosterInput, type Project,
} from '../model/schema.ts';
import { EditRejected, type EditHandlerMap } from './types.ts';

/** What the board form and the plan may change on a board. */
export type BoardChanges = Partial<Pick<PosterBoard, 'x' | 'y' | 'rotation' | 'width' | 'prime' | 'offers' | 'zone'>>;
/** What the poster form may change: not the face, which only placing changes. */
export type PosterChanges = Partial<Omit<PosterInput, 'id' | 'boardFaceId' | 'pinned'>>;
export type HallChanges = Partial<Pick<Project['posterHall'], 'width' | 'depth' | 'gridStep' | 'entrances' | 'walls' | 'zones'>>;
const hallChangesSchema = posterHallSchema.pick({ width: true, depth: true, gridStep: true, entrances: true, walls: true, zones: true }).partial().strict();

function findPoster(draft: Draft<Project>, id: string): Draft<Poster> {
  const poster = draft.posterHall.posters.find((p) => p.id === id);
  if (!poster) throw new EditRejected('posters:rejected.unknownPoster', { value: id });
  return poster;
}

function findBoard(draft: Draft<Project>, id: string): Draft<PosterBoard> {
  const board = draft.posterHall.boards.find((b) => b.id === id);
  if (!board) throw new EditRejected('posters:rejected.unknownBoard', { value: id });
  return board;
}

const faceNumber = (draft: Draft<Project>, faceId: string): string => {
  for (const board of draft.posterHall.boards) {
    const face = board.faces.find((f) => f.id === faceId);
    if (face) return `${board.number}${face.side}`;
  }
  return '';
};

/** Posters on faces that no longer exist go back to the list, unpinned: nothing the organiser made is lost. */
function releaseMissingFaces(draft: Draft<Project>): void {
  const faces = new Set(draft.posterHall.boards.flatMap((b) => b.faces.map((f) => f.id)));
  for (const poster of draft.posterHall.posters) {
    if (poster.boardFaceId !== null && !faces.has(poster.boardFaceId)) {
      poster.boardFaceId = null;
      poster.pinned = false;
    }
  }
}

function checkBoard(draft: Draft<Project>, board: PosterBoard, id: string | null): void {
  const { width, depth } = draft.posterHall;
  if (!(board.x >= 0 && board.x <= width && board.y >= 0 && board.y <= depth)) {
    throw new EditRejected('posters:rejected.outsideHall', { number: board.number, width, depth });
  }
  const numberTaken = draft.posterHall.boards.find((b) => b.id !== id && b.number === board.number);
  if (numberTaken) throw new EditRejected('posters:rejected.numberTaken', { number: board.number });
  if (!board.offers.every((o) => POSTER_NEEDS.includes(o))) throw new EditRejected('posters:rejected.unknownNeed', { value: board.offers.join(', ') });
}

function checkPoster(draft: Draft<Project>, poster: Poster): void {
  if (poster.title.trim() === '') throw new EditRejected('posters:rejected.titleRequired');
  const people = new Set(draft.people.map((p) => p.id));
  const unknown = poster.presenters.find((id) => !people.has(id));
  if (unknown !== undefined) throw new EditRejected('posters:rejected.unknownPresenter', { value: unknown, title: poster.title });
  if (poster.themeId !== null && !draft.themes.some((t) => t.id === poster.themeId)) {
    throw new EditRejected('posters:rejected.unknownTheme', { value: poster.themeId, title: poster.title });
  }
}

export const postersEdits = {
  /**
   * Hangs a poster on a face (null: back to the list). A face already taken swaps: its poster goes where this one
   * was. A pinned poster is not pushed away: it must be unpinned first.
   */
  'posters/place': (draft, { posterId, faceId }: { posterId: string; faceId: string | null }) => {
    const poster = findPoster(draft, posterId);
    if (faceId === poster.boardFaceId) return;
    if (faceId !== null) {
      const where = faceNumber(draft, faceId);
      if (where === '') throw new EditRejected('posters:rejected.unknownFace', { value: faceId });
      const occupant = draft.posterHall.posters.find((p) => p.id !== posterId && p.boardFaceId === faceId);
      if (occupant?.pinned) throw new EditRejected('posters:rejected.facePinned', { face: where, title: occupant.title });
      if (occupant) {
        occupant.boardFaceId = poster.boardFaceId;
        if (occupant.boardFaceId === null) occupant.pinned = false;
      }
    }
    poster.boardFaceId = faceId;
    if (faceId === null) poster.pinned = false;
  },
  /** Pins a poster to its face, so automatic assignment leaves it there; only a poster on a face can be pinned. */
  'posters/pin': (draft, { posterId, pinned }: { posterId: string; pinned: boolean }) => {
    const poster = findPoster(draft, posterId);
    if (pinned && poster.boardFaceId === null) throw new EditRejected('posters:rejected.pinWithoutFace', { title: poster.title });
    poster.pinned = pinned;
  },
  /** The result of assignPosters: every poster's face (pinned ones keep theirs) and the boards' walking numbers. */
  'posters/applyAssignment': (
    draft,
    { placements, boardNumbers }: { placements: readonly { posterId: string; faceId: string }[]; boardNumbers: readonly { boardId: string; number: number }[] },
  ) => {
    const faceOf = new Map(placements.map((p) => [p.posterId, p.faceId]));
    for (const poster of draft.posterHall.posters) {
      if (poster.pinned) continue;
      const face = faceOf.get(poster.id) ?? null;
      if (poster.boardFaceId !== face) poster.boardFaceId = face;
    }
    const numberOf = new Map(boardNumbers.map((b) => [b.boardId, b.number]));
    for (const board of draft.posterHall.boards) {
      const number = numberOf.get(board.id);
      if (number !== undefined && board.number !== number) board.number = number;
    }
    releaseMissingFaces(draft);
  },
  /** A generated layout replaces every board; all posters go back to the list, to be assigned again. */
  'posters/replaceBoards': (draft, { boards }: { boards: readonly PosterBoardInput[] }) => {
    draft.posterHall.boards = boards.map((b) => posterBoardSchema.parse(b));
    // New boards may reuse old ids: no poster stays on a face it was never put on.
    for (const poster of draft.posterHall.posters) {
      if (poster.boardFaceId !== null) poster.boardFaceId = null;
      if (poster.pinned) poster.pinned = false;
    }
  },
  'posters/addBoard': (draft, { board }: { board: PosterBoardInput }) => {
    const parsed = posterBoardSchema.parse(board);
    if (draft.posterHall.boards.some((b) => b.id === parsed.id)) throw new EditRejected('posters:rejected.boardExists', { value: parsed.id });
    checkBoard(draft, parsed, null);
    draft.posterHall.boards.push(parsed);
  },
  /** Moves, turns or changes a board; a board moved off the plan is refused. */
  'posters/updateBoard': (draft, { boardId, changes }: { boardId: string; changes: BoardChanges }) => {
    const board = findBoard(draft, boardId);
    const next = posterBoardSchema.parse({ ...board, ...changes });
    checkBoard(draft, next, boardId);
    for (const key of Object.keys(changes) as (keyof BoardChanges)[]) {
      if (JSON.stringify(board[key]) !== JSON.stringify(next[key])) (board as Record<string, unknown>)[key] = next[key];
    }
  },
  /** One face or two: a face taken away sends its poster back to the list. */
  'posters/setBoardSides': (draft, { boardId, sides }: { boardId: string; sides: 1 | 2 }) => {
    const board = findBoard(draft, boardId);
    if (sides === 1 && board.faces.length > 1) {
      board.faces = board.faces.filter((f) => f.side === 'A');
      releaseMissingFaces(draft);
    } else if (sides === 2 && board.faces.length === 1) {
      const taken = new Set(draft.posterHall.boards.flatMap((b) => b.faces.map((f) => f.id)));
      let id = `${board.id}-B`;
      for (let n = 2; taken.has(id); n++) id = `${board.id}-B${n}`;
      board.faces.push({ id, side: board.faces[0]!.side === 'A' ? 'B' : 'A' });
    }
  },
  /** Its posters go back to the list. */
  'posters/removeBoard': (draft, { boardId }: { boardId: string }) => {
    findBoard(draft, boardId);
    draft.posterHall.boards = draft.posterHall.boards.filter((b) => b.id !== boardId);
    releaseMissingFaces(draft);
  },
  'posters/updateHall': (draft, { changes }: { changes: HallChanges }) => {
    const parsed = hallChangesSchema.safeParse(changes);
    if (!parsed.success) throw new EditRejected('posters:rejected.hallSize', { value: JSON.stringify(changes) });
    Object.assign(draft.posterHall, parsed.data);
  },
  'posters/createPoster': (draft, { poster }: { poster: PosterInput }) => {
    const parsed = posterSchema.parse({ ...poster, boardFaceId: null, pinned: false });
    if (draft.posterHall.posters.some((p) => p.id === parsed.id)) throw new EditRejected('posters:rejected.posterExists', { value: parsed.id });
    checkPoster(draft, parsed);
    draft.posterHall.posters.push(parsed);
  },
  'posters/updatePoster': (draft, { id, changes }: { id: string; changes: PosterChanges }) => {
    const poster = findPoster(draft, id);
    const next = posterSchema.parse({ ...poster, ...changes, id, boardFaceId: poster.boardFaceId, pinned: poster.pinned });
    checkPoster(draft, next);
    for (const key of Object.keys(changes) as (keyof PosterChanges)[]) {
      if (JSON.stringify(poster[key]) !== JSON.stringify(next[key])) (poster as Record<string, unknown>)[key] = next[key];
    }
  },
  'posters/deletePoster': (draft, { id }: { id: string }) => {
    findPoster(draft, id);
    draft.posterHall.posters = draft.posterHall.posters.filter((p) => p.id !== id);
  },
  /** The result of planPosterImport: new posters added, known ones (same id) updated; faces and pins kept. */
  'posters/import': (draft, { posters }: { posters: readonly Poster[] }) => {
    const index = new Map(draft.posterHall.posters.map((p, i) => [p.id, i]));
    for (const poster of posters) {
      checkPoster(draft, poster);
      const i = index.get(poster.id);
      if (i === undefined) draft.posterHall.posters.push(poster);
      else {
        const { boardFaceId, pinned } = draft.posterHall.posters[i]!;
        draft.posterHall.posters[i] = { ...poster, boardFaceId, pinned };
      }
    }
  },
} satisfies EditHandlerMap;
