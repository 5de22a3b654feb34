/** Two posters assigned to the same board face. */
import { finding } from './finding.ts';
import type { Rule } from './types.ts';
import type { Poster } from '../model/schema.ts';

const id = 'face-double-assigned';

export const faceDoubleAssigned: Rule = {
  id,
  severity: 'error',
  checkProject(_lookups, project, emit) {
    const { boards, posters } = project.posterHall;
    const onFace = new Map<string, Poster[]>();
    for (const poster of posters) {
      if (poster.boardFaceId === null) continue;
      const list = onFace.get(poster.boardFaceId);
      if (list) list.push(poster);
      else onFace.set(poster.boardFaceId, [poster]);
    }
    for (const board of boards) {
      for (const face of board.faces) {
        const list = onFace.get(face.id);
        if (!list || list.length < 2) continue;
        emit(finding(
          id,
          `${id}:${face.id}`,
          [{ kind: 'board', id: board.id }, ...list.map((p) => ({ kind: 'poster' as const, id: p.id }))],
          { board: board.number, side: face.side, posters: list.map((p) => p.title).join('\n'), count: list.length },
          [],
        ));
      }
    }
  },
};
