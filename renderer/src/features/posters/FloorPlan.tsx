/** The hall to scale: outline, doors, zones, and each board where it stands; boards are dragged to move them. */
import { useDraggable } from '@dnd-kit/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallEntrance, PosterBoard, Project } from '../../../../shared/model/schema.ts';
import { BOARD_DEPTH, boardTransform, faceRect } from '../../../../shared/posters/geometry.ts';
import { boardDragId, entranceDragId, themeColour, type HallView } from './poster-hall.ts';

/** Room around the hall's outline, in metres, so boards on the walls are easy to grab. */
const MARGIN = 1;

interface PlanProps {
  readonly project: Project;
  readonly hall: HallView;
  readonly selectedBoardId: string | null;
  readonly onSelect: (boardId: string) => void;
  readonly svgRef: RefObject<SVGSVGElement | null>;
  /** Screen pixels per metre of the plan as drawn now, to turn a drag into metres. */
  readonly pixelsPerMetre: () => number;
  /** Moves a board by whole grid steps (the arrow keys). */
  readonly onNudge: (boardId: string, steps: { x: number; y: number }) => void;
}

const ARROWS: Readonly<Record<string, { x: number; y: number }>> = {
  ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 },
};

interface BoardProps {
  readonly board: PosterBoard;
  readonly hall: HallView;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly pixelsPerMetre: () => number;
  readonly onNudge: (steps: { x: number; y: number }) => void;
}

function Board({ board, hall, selected, onSelect, pixelsPerMetre, onNudge }: BoardProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: boardDragId(board.id) });
  const faces = hall.faces.filter((f) => f.board.id === board.id);
  const label = [
    t('posters:view.board', { number: board.number }),
    ...faces.map((f) => t('posters:view.faceContents', { side: f.face.side, posters: f.posters.map((p) => p.title).join(', ') || t('posters:view.empty') })),
  ].join(' — ');
  const scale = pixelsPerMetre();
  const shift = transform && scale > 0 ? `translate(${transform.x / scale} ${transform.y / scale}) ` : '';
  return (
    <g
      ref={setNodeRef as unknown as (element: SVGGElement | null) => void}
      {...attributes}
      {...listeners}
      role="button"
      aria-pressed={selected}
      aria-label={board.prime ? `${label} (${t('posters:view.prime')})` : label}
      className={['plan-board', board.prime ? 'plan-board--prime' : '', selected ? 'plan-board--selected' : '', isDragging ? 'plan-board--dragging' : ''].join(' ')}
      data-board={board.number}
      transform={`${shift}${boardTransform(board)}`}
      onClick={onSelect}
      onKeyDown={(event) => {
        const arrow = ARROWS[event.key];
        if (!arrow) return;
        event.preventDefault();
        onSelect();
        onNudge(arrow);
      }}
    >
      <title>{label}</title>
      {board.faces.map((face, i) => {
        const r = faceRect(board, i);
        const poster = faces.find((f) => f.face.id === face.id)?.posters[0];
        return <rect key={face.id} data-face={face.id} x={r.x} y={r.y} width={r.width} height={r.height} fill={poster ? themeColour(hall, poster) : '#ffffff'} className="plan-face" />;
      })}
      <text x={0} y={BOARD_DEPTH / 2 + 0.5} className="plan-number" transform={`rotate(${-board.rotation} 0 ${BOARD_DEPTH / 2 + 0.35})`}>
        {board.number}
      </text>
      {faces.some((f) => f.posters.some((p) => p.highlighted)) && (
        <text x={board.width / 2} y={-BOARD_DEPTH / 2 - 0.1} className="plan-star">
          ★
        </text>
      )}
    </g>
  );
}

/** A door, dragged along the outline like a board: the walk and the generated layouts start from it. */
function Entrance({ door, index, pixelsPerMetre }: { door: HallEntrance; index: number; pixelsPerMetre: () => number }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform } = useDraggable({ id: entranceDragId(index) });
  const scale = pixelsPerMetre();
  const shift = transform && scale > 0 ? `translate(${transform.x / scale} ${transform.y / scale})` : undefined;
  const label = door.label || t('posters:plan.entrance');
  return (
    <g ref={setNodeRef as unknown as (element: SVGGElement | null) => void} {...attributes} {...listeners} role="button" aria-label={label} className="plan-entrance" data-entrance={index} transform={shift}>
      <circle cx={door.x} cy={door.y} r={door.width / 2} />
      <text x={door.x + door.width / 2 + 0.2} y={door.y + 0.2}>{label}</text>
    </g>
  );
}

export function FloorPlan({ project, hall, selectedBoardId, onSelect, svgRef, pixelsPerMetre, onNudge }: PlanProps) {
  const { t } = useTranslation();
  const { width, depth, entrances, walls, zones, boards, gridStep } = project.posterHall;
  return (
    <figure className="floor-plan">
      <svg ref={svgRef} viewBox={`${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${depth + 2 * MARGIN}`} role="group" aria-label={t('posters:view.floorPlan')}>
        <rect className="plan-hall" x={0} y={0} width={width} height={depth} />
        {zones.map((zone, i) => (
          <g key={`zone-${i}`} className="plan-zone">
            <rect x={zone.x} y={zone.y} width={zone.width} height={zone.depth} />
            <text x={zone.x + 0.2} y={zone.y + 0.6}>{zone.name}</text>
          </g>
        ))}
        {walls.map((wall, i) => (
          <line key={`wall-${i}`} className="plan-wall" x1={wall.x1} y1={wall.y1} x2={wall.x2} y2={wall.y2} />
        ))}
        {entrances.map((door, i) => (
          <Entrance key={`door-${i}`} door={door} index={i} pixelsPerMetre={pixelsPerMetre} />
        ))}
        {boards.map((board) => (
          <Board
            key={board.id}
            board={board}
            hall={hall}
            selected={board.id === selectedBoardId}
            onSelect={() => onSelect(board.id)}
            pixelsPerMetre={pixelsPerMetre}
            onNudge={(steps) => onNudge(board.id, steps)}
          />
        ))}
      </svg>
      <figcaption>{t('posters:view.floorPlanHint', { step: gridStep })}</figcaption>
    </figure>
  );
}
