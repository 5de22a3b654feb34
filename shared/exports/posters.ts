/** Poster boards: every board face with its poster, for the staff who put them up; and the boards of the hall plan. */
import type { ExportContext } from './context.ts';
import { peopleNames, themeName } from './labels.ts';
import { number, text, uniqueSheetName, type CellValue, type WorkbookContent } from './sheet.ts';

export function postersContent(ctx: ExportContext): WorkbookContent {
  const { t, project } = ctx;
  const { boards, posters } = project.posterHall;
  const used = new Set<string>();
  const byFace = new Map(posters.filter((p) => p.boardFaceId).map((p) => [p.boardFaceId!, p]));
  const faceIds = new Set(boards.flatMap((b) => b.faces.map((f) => f.id)));
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const rows: CellValue[][] = [];
  for (const board of [...boards].sort((a, b) => a.number - b.number)) {
    for (const face of [...board.faces].sort((a, b) => a.side.localeCompare(b.side))) {
      const poster = byFace.get(face.id);
      rows.push([
        board.number, face.side, poster?.title ?? '', poster ? peopleNames(ctx, poster.presenters) : '', poster ? themeName(ctx, poster) : '',
        poster ? yesNo(poster.highlighted) : '', board.zone,
      ]);
    }
  }
  // Posters without a board stay on the list, at the end, so none is forgotten.
  for (const poster of posters.filter((p) => !p.boardFaceId || !faceIds.has(p.boardFaceId))) {
    rows.push(['', '', poster.title, peopleNames(ctx, poster.presenters), themeName(ctx, poster), yesNo(poster.highlighted), '']);
  }
  const plan: CellValue[][] = [...boards]
    .sort((a, b) => a.number - b.number)
    .map((board) => [board.number, board.zone, yesNo(board.prime), board.faces.length, board.faces.filter((f) => byFace.has(f.id)).length]);
  return {
    sheets: [
      {
        kind: 'table',
        name: uniqueSheetName(t('sheet.boards'), used),
        columns: [
          number(t('column.board')), text(t('column.face')), text(t('column.poster')), text(t('column.presenters')),
          text(t('column.theme')), text(t('column.highlighted')), text(t('column.zone')),
        ],
        rows,
      },
      {
        kind: 'table',
        name: uniqueSheetName(t('sheet.plan'), used),
        columns: [number(t('column.board')), text(t('column.zone')), text(t('column.prime')), number(t('column.faces')), number(t('column.posters'))],
        rows: plan,
      },
    ],
  };
}
