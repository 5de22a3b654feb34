/** The hall seen from above: each board at its x/y, one half per face, coloured by its poster's theme. */
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model/schema.ts';
import { themeColour, type HallView } from './poster-hall.ts';

const BOARD_WIDTH = 4;
const BOARD_DEPTH = 1.6;
const MARGIN = 2;

export function FloorPlan({ project, hall }: { project: Project; hall: HallView }) {
  const { t } = useTranslation();
  const boards = project.posterHall.boards;
  if (boards.length === 0) return null;
  const minX = Math.min(...boards.map((b) => b.x)) - MARGIN;
  const minY = Math.min(...boards.map((b) => b.y)) - MARGIN;
  const width = Math.max(...boards.map((b) => b.x)) + BOARD_WIDTH + MARGIN - minX;
  const height = Math.max(...boards.map((b) => b.y)) + BOARD_DEPTH + MARGIN - minY;

  return (
    <figure className="floor-plan">
      <svg viewBox={`${minX} ${minY} ${width} ${height}`} role="img" aria-label={t('posters:view.floorPlan')}>
        {boards.map((board) => {
          const faces = hall.faces.filter((f) => f.board.id === board.id);
          const faceDepth = BOARD_DEPTH / faces.length;
          const label = [
            t('posters:view.board', { number: board.number }),
            ...faces.map((f) => `${f.face.side}: ${f.posters.map((p) => p.title).join(', ') || t('posters:view.empty')}`),
          ].join(' — ');
          return (
            <g key={board.id} className={board.prime ? 'board board--prime' : 'board'} data-board={board.number}>
              <title>{board.prime ? `${label} (${t('posters:view.prime')})` : label}</title>
              {faces.map((f, i) => (
                <rect
                  key={f.face.id}
                  x={board.x}
                  y={board.y + i * faceDepth}
                  width={BOARD_WIDTH}
                  height={faceDepth}
                  fill={f.posters.length ? themeColour(hall, f.posters[0]) : '#ffffff'}
                  className="board__face"
                />
              ))}
              <text x={board.x + BOARD_WIDTH / 2} y={board.y + BOARD_DEPTH / 2} className="board__number">
                {board.number}
              </text>
              {faces.some((f) => f.posters.some((p) => p.highlighted)) && (
                <text x={board.x + BOARD_WIDTH - 0.1} y={board.y + 0.1} className="board__star">
                  ★
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{t('posters:view.floorPlanHint')}</figcaption>
    </figure>
  );
}
