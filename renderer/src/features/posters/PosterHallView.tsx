/**
 * The poster hall editor: the plan with its boards (dragged, turned, added, removed, or generated), the faces in
 * walking order where posters are dropped (a taken face swaps), pins, automatic assignment, the theme legend.
 * Every change is one undoable edit.
 */
import { DndContext, DragOverlay, PointerSensor, pointerWithin, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditRejected, type Edit } from '../../../../shared/edits/index.ts';
import type { HallPlanFormat, SheetTable } from '../../../../shared/ipc.ts';
import type { Poster } from '../../../../shared/model/schema.ts';
import { assignPosters } from '../../../../shared/posters/assign.ts';
import { clampToHall, snap } from '../../../../shared/posters/geometry.ts';
import { AssumedMark } from '../../ui/AssumedBadge.tsx';
import { useShellStore, type MessageText } from '../../state/shell-store.ts';
import { useProject, useProjectStore } from '../../state/store.ts';
import { FloorPlan } from './FloorPlan.tsx';
import { LayoutPanel } from './LayoutPanel.tsx';
import { hallView, idAfter, themeColour, UNASSIGNED_DROP_ID } from './poster-hall.ts';
import { PosterForm, type PosterDraft } from './PosterForm.tsx';
import { PosterImportDialog } from './PosterImportDialog.tsx';
import { FaceList, UnassignedList, type PosterActions } from './PosterList.tsx';
import './posters.css';

export function PosterHallView() {
  const { t, i18n } = useTranslation();
  const project = useProject();
  const perform = useProjectStore((s) => s.perform);
  const show = useShellStore((s) => s.show);
  const hall = useMemo(() => hallView(project), [project]);
  const { boards, posters } = project.posterHall;
  const [selectedBoardId, setSelectedBoardId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<Poster | null>(null);
  const [editing, setEditing] = useState<Poster | 'new' | null>(null);
  const [list, setList] = useState<SheetTable | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));

  /** Performs one gesture; a refused edit is told in the message bar and changes nothing. */
  const run = (edits: Edit[], label: string): boolean => {
    try {
      perform(edits, label);
      return true;
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      show({ tone: 'error', problems: [{ code: error.code, params: error.params }] });
      return false;
    }
  };
  // Kept as a code and its figures, so a language switch says it again in the new language.
  const say = (code: MessageText['code'], params?: MessageText['params']) => show({ tone: 'info', texts: [{ code, ...(params ? { params } : {}) }] });

  const pixelsPerMetre = () => {
    const svg = svgRef.current;
    const viewBox = svg?.viewBox.baseVal;
    return svg && viewBox && viewBox.width > 0 ? svg.getBoundingClientRect().width / viewBox.width : 0;
  };

  const onDragStart = (event: DragStartEvent) => {
    const posterId = idAfter('poster', String(event.active.id));
    setDragged(posterId ? (posters.find((p) => p.id === posterId) ?? null) : null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const id = String(event.active.id);
    const boardId = idAfter('board', id);
    const board = boardId ? boards.find((b) => b.id === boardId) : undefined;
    if (board) {
      const scale = pixelsPerMetre();
      if (scale > 0) moveBoard(board.id, { x: board.x + event.delta.x / scale, y: board.y + event.delta.y / scale });
      return;
    }
    const entrance = idAfter('entrance', id);
    const door = entrance === null ? undefined : project.posterHall.entrances[Number(entrance)];
    if (door) {
      const scale = pixelsPerMetre();
      if (scale <= 0) return;
      const step = project.posterHall.gridStep;
      const inside = clampToHall(project.posterHall, { x: door.x + event.delta.x / scale, y: door.y + event.delta.y / scale });
      const entrances = project.posterHall.entrances.map((d, i) => (i === Number(entrance) ? { ...d, x: snap(inside.x, step), y: snap(inside.y, step) } : d));
      run([{ type: 'posters/updateHall', payload: { changes: { entrances } } }], 'posters:view.edit.entrance');
      return;
    }
    const posterId = idAfter('poster', id);
    const over = event.over ? String(event.over.id) : null;
    if (!posterId || !over) return;
    if (over === UNASSIGNED_DROP_ID) run([{ type: 'posters/place', payload: { posterId, faceId: null } }], 'posters:view.edit.unplace');
    const faceId = idAfter('face', over);
    if (faceId) run([{ type: 'posters/place', payload: { posterId, faceId } }], 'posters:view.edit.place');
  };

  /** Moves a board to a new centre, kept in the hall and on the grid: one undo step. */
  const moveBoard = (boardId: string, to: { x: number; y: number }) => {
    const board = boards.find((b) => b.id === boardId);
    if (!board) return;
    const step = project.posterHall.gridStep;
    const inside = clampToHall(project.posterHall, to);
    const [x, y] = [snap(inside.x, step), snap(inside.y, step)];
    setSelectedBoardId(board.id);
    if (x !== board.x || y !== board.y) run([{ type: 'posters/updateBoard', payload: { boardId: board.id, changes: { x, y } } }], 'posters:view.edit.moveBoard');
  };

  const assign = () => {
    const result = assignPosters(project.posterHall, project.themes);
    const placements = result.placements.map(({ posterId, faceId }) => ({ posterId, faceId }));
    if (!run([{ type: 'posters/applyAssignment', payload: { placements, boardNumbers: result.boardNumbers } }], 'posters:view.edit.assign')) return;
    const { quality } = result;
    if (quality.missingFaces > 0) say('posters:view.tooSmall', { missing: quality.missingFaces, posters: posters.length });
    else say('posters:view.quality', { ...quality });
  };

  const exportPlan = async (format: HallPlanFormat) => {
    const result = await window.regie.exportHallPlan({ project, format, language: i18n.language === 'en' ? 'en' : 'fr' });
    if (result.status === 'saved') say('posters:layout.exported', { file: result.fileName });
    else if (result.status === 'failed') show({ tone: 'error', problems: result.problems });
  };

  const pickList = async () => {
    const result = await window.regie.pickPosterList();
    if (result.status === 'read') setList(result.table);
    else if (result.status === 'failed') show({ tone: 'error', problems: result.problems });
  };

  const actions: PosterActions = {
    pin: (poster, pinned) => run([{ type: 'posters/pin', payload: { posterId: poster.id, pinned } }], pinned ? 'posters:view.edit.pin' : 'posters:view.edit.unpin'),
    edit: (poster) => setEditing(poster),
    move: (poster, faceId) => run([{ type: 'posters/place', payload: { posterId: poster.id, faceId } }], faceId ? 'posters:view.edit.place' : 'posters:view.edit.unplace'),
  };
  const save = (draft: PosterDraft): boolean => {
    if (editing === 'new') {
      let n = posters.length + 1;
      while (posters.some((p) => p.id === `poster-${n}`)) n++;
      return run([{ type: 'posters/createPoster', payload: { poster: { id: `poster-${n}`, ...draft } } }], 'posters:view.edit.createPoster');
    }
    return editing ? run([{ type: 'posters/updatePoster', payload: { id: editing.id, changes: draft } }], 'posters:view.edit.updatePoster') : false;
  };

  /** What a screen reader hears during a drag: the poster or board by name, the face by its number. */
  const describe = (id: string | number | undefined): string => {
    const text = String(id ?? '');
    const poster = posters.find((p) => p.id === idAfter('poster', text));
    if (poster) return poster.title;
    const board = boards.find((b) => b.id === idAfter('board', text));
    if (board) return t('posters:view.board', { number: board.number });
    const face = hall.faces.find((f) => f.face.id === idAfter('face', text));
    if (face) return t('posters:view.board', { number: `${face.board.number}${face.face.side}` });
    return text === UNASSIGNED_DROP_ID ? t('posters:view.unassigned') : '';
  };
  const accessibility = {
    announcements: {
      onDragStart: ({ active }: { active: { id: string | number } }) => t('posters:a11y.picked', { item: describe(active.id) }),
      onDragOver: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
        over ? t('posters:a11y.over', { item: describe(active.id), target: describe(over.id) }) : t('posters:a11y.nowhere', { item: describe(active.id) }),
      onDragEnd: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) =>
        over ? t('posters:a11y.dropped', { item: describe(active.id), target: describe(over.id) }) : t('posters:a11y.moved', { item: describe(active.id) }),
      onDragCancel: ({ active }: { active: { id: string | number } }) => t('posters:a11y.cancelled', { item: describe(active.id) }),
    },
  };

  const selected = boards.find((b) => b.id === selectedBoardId) ?? null;
  const faces = boards.reduce((n, b) => n + b.faces.length, 0);
  const missing = Math.max(0, posters.length - faces);

  return (
    <section className="view posters-view" aria-labelledby="posters-title">
      <h2 id="posters-title">{t('posters:view.title')}</h2>
      <p className="muted" data-testid="poster-counts">
        {t('posters:view.counts', { boards: boards.length, posters: posters.length, highlighted: posters.filter((p) => p.highlighted).length, unassigned: hall.unassigned.length })}
      </p>
      <div className="posters-actions">
        <button type="button" className="primary" onClick={assign} disabled={boards.length === 0 || posters.length === 0}>
          {t('posters:view.assign')}
        </button>
        <button type="button" onClick={() => setEditing('new')}>
          {t('posters:form.add')}
        </button>
        <button type="button" onClick={() => void pickList()}>
          {t('posters:import.button')}
        </button>
        <button type="button" onClick={() => void exportPlan('svg')} disabled={boards.length === 0}>
          {t('posters:layout.exportSvg')}
        </button>
        <button type="button" onClick={() => void exportPlan('png')} disabled={boards.length === 0}>
          {t('posters:layout.exportPng')}
        </button>
      </div>
      {missing > 0 && (
        <p className="poster-warning" role="status">
          {t('posters:view.tooSmall', { missing, posters: posters.length })}
        </p>
      )}
      <p className="muted" data-testid="poster-quality">
        {t('posters:view.quality', { ...hall.quality })}
      </p>
      {list && (
        <PosterImportDialog
          project={project}
          table={list}
          onClose={() => setList(null)}
          onImport={(plan) => {
            if (run([{ type: 'posters/import', payload: { posters: plan.posters } }], 'posters:view.edit.importPosters')) say('posters:import.summary', { ...plan.summary });
            setList(null);
          }}
        />
      )}
      {editing && (
        <PosterForm
          key={editing === 'new' ? 'new' : editing.id}
          project={project}
          poster={editing === 'new' ? null : editing}
          onSave={save}
          onClose={() => setEditing(null)}
          onDelete={editing === 'new' ? undefined : () => run([{ type: 'posters/deletePoster', payload: { id: editing.id } }], 'posters:view.edit.deletePoster') && setEditing(null)}
        />
      )}
      <ul className="legend" aria-label={t('posters:view.themes')}>
        {hall.legend.map(({ theme, count, highlighted }) => (
          <li key={theme?.id ?? 'none'} data-theme={theme?.id ?? ''}>
            <span className="swatch" style={{ background: theme ? theme.color : themeColour(hall, undefined) }} aria-hidden="true" />
            {theme ? theme.name : t('posters:view.noTheme')} {theme && <AssumedMark item={theme} field="color" />}
            <span className="muted"> — {t('posters:view.themeCount', { count, highlighted })}</span>
          </li>
        ))}
      </ul>
      <DndContext sensors={sensors} accessibility={accessibility} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragged(null)}>
        <div className="posters-layout">
          <div className="posters-plan">
            <LayoutPanel project={project} selected={selected} run={run} say={say} />
            <FloorPlan project={project} hall={hall} selectedBoardId={selectedBoardId} onSelect={setSelectedBoardId} svgRef={svgRef}
              pixelsPerMetre={pixelsPerMetre}
              onNudge={(boardId, steps) => {
                const board = boards.find((b) => b.id === boardId);
                const step = project.posterHall.gridStep;
                if (board) moveBoard(boardId, { x: board.x + steps.x * step, y: board.y + steps.y * step });
              }}
            />
            <UnassignedList hall={hall} actions={actions} />
          </div>
          <FaceList hall={hall} actions={actions} />
        </div>
        <DragOverlay>{dragged ? <span className="poster-chip poster-chip--overlay">{dragged.title}</span> : null}</DragOverlay>
      </DndContext>
    </section>
  );
}
