/** More posters than board faces in the poster hall. */
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

const id = 'posters-exceed-faces';

export const postersExceedFaces: Rule = {
  id,
  severity: 'error',
  checkProject(_lookups, project, emit) {
    const { boards, posters } = project.posterHall;
    const faces = boards.reduce((n, board) => n + board.faces.length, 0);
    if (posters.length <= faces) return;
    emit(finding(id, id, [], { posters: posters.length, faces, missing: posters.length - faces }, []));
  },
};
