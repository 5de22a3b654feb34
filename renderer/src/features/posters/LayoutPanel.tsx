/** The hall's layout: generate one for the common cases, then change the selected board (turn, prime, remove) or add one. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edit } from '../../../../shared/edits/index.ts';
import { POSTER_NEEDS, type PosterBoard, type Project } from '../../../../shared/model/schema.ts';
import { nextRotation, snap } from '../../../../shared/posters/geometry.ts';
import { generateLayout, LAYOUT_KINDS, type LayoutKind } from '../../../../shared/posters/layout.ts';
import type { MessageText } from '../../state/shell-store.ts';

interface LayoutProps {
  readonly project: Project;
  readonly selected: PosterBoard | null;
  readonly run: (edits: Edit[], label: string) => boolean;
  readonly say: (code: MessageText['code'], params?: MessageText['params']) => void;
}

/** An id and a number no board has yet. */
function newBoard(project: Project): PosterBoard {
  const { boards, width, depth, gridStep } = project.posterHall;
  const number = Math.max(0, ...boards.map((b) => b.number)) + 1;
  let n = number;
  while (boards.some((b) => b.id === `board-${n}`)) n++;
  const id = `board-${n}`;
  return {
    id, number, zone: '', x: snap(width / 2, gridStep), y: snap(depth / 2, gridStep), rotation: 0, width: 1.2, prime: false, offers: [],
    faces: [{ id: `${id}-A`, side: 'A' }, { id: `${id}-B`, side: 'B' }],
  };
}

export function LayoutPanel({ project, selected, run, say }: LayoutProps) {
  const { t } = useTranslation();
  const hall = project.posterHall;
  const [kind, setKind] = useState<LayoutKind>('rows');
  // Kept as typed, so a field can be emptied while typing; read as numbers when generating.
  const [widthText, setWidth] = useState(String(hall.width));
  const [depthText, setDepth] = useState(String(hall.depth));
  const [facesText, setFaces] = useState(String(Math.max(1, hall.posters.length)));
  const id = useId();

  const generate = () => {
    const width = Number(widthText) > 0 ? Number(widthText) : hall.width;
    const depth = Number(depthText) > 0 ? Number(depthText) : hall.depth;
    const faces = Math.max(1, Math.round(Number(facesText) || 1));
    const layout = generateLayout({
      kind, width, depth, faces, gridStep: hall.gridStep, entrances: hall.entrances,
      primeFaces: hall.posters.filter((p) => p.highlighted).length,
      primeGroups: new Set(hall.posters.filter((p) => p.highlighted).map((p) => p.themeId)).size,
    });
    const made = layout.boards.reduce((n, b) => n + b.faces.length, 0);
    const edits: Edit[] = [];
    if (width !== hall.width || depth !== hall.depth) edits.push({ type: 'posters/updateHall', payload: { changes: { width, depth } } });
    edits.push({ type: 'posters/replaceBoards', payload: { boards: layout.boards } });
    if (!run(edits, 'posters:view.edit.generate')) return;
    if (layout.missingFaces > 0) say('posters:layout.missing', { faces: made, missing: layout.missingFaces });
    else say('posters:layout.generated', { boards: layout.boards.length, faces: made });
  };

  return (
    <section className="layout-panel" aria-labelledby="layout-title">
      <h3 id="layout-title">{t('posters:layout.title')}</h3>
      <form
        className="layout-form"
        onSubmit={(event) => {
          event.preventDefault();
          generate();
        }}
      >
        <span className="field">
          <label htmlFor={`${id}-kind`}>{t('posters:layout.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as LayoutKind)}>
            {LAYOUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`posters:layout.kinds.${k}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={`${id}-width`}>{t('posters:layout.width')}</label>
          <input id={`${id}-width`} type="number" min={2} step={0.5} value={widthText} onChange={(e) => setWidth(e.target.value)} />
        </span>
        <span className="field">
          <label htmlFor={`${id}-depth`}>{t('posters:layout.depth')}</label>
          <input id={`${id}-depth`} type="number" min={2} step={0.5} value={depthText} onChange={(e) => setDepth(e.target.value)} />
        </span>
        <span className="field">
          <label htmlFor={`${id}-faces`}>{t('posters:layout.faces')}</label>
          <input id={`${id}-faces`} type="number" min={1} step={1} value={facesText} onChange={(e) => setFaces(e.target.value)} />
        </span>
        <button type="submit" title={t('posters:layout.replaceWarning')}>
          {t('posters:layout.generate')}
        </button>
      </form>
      <div className="board-tools" role="group" aria-label={selected ? t('posters:layout.selected', { number: selected.number }) : t('posters:layout.add')}>
        <button type="button" onClick={() => run([{ type: 'posters/addBoard', payload: { board: newBoard(project) } }], 'posters:view.edit.addBoard')}>
          {t('posters:layout.add')}
        </button>
        <button
          type="button"
          onClick={() => run([{ type: 'posters/updateHall', payload: { changes: { entrances: [...hall.entrances, { x: 0, y: snap(hall.depth / 2, hall.gridStep), width: 2, label: '' }] } } }], 'posters:view.edit.entrance')}
        >
          {t('posters:layout.addEntrance')}
        </button>
        {selected && (
          <>
            <strong>{t('posters:layout.selected', { number: selected.number })}</strong>
            <button type="button" onClick={() => run([{ type: 'posters/updateBoard', payload: { boardId: selected.id, changes: { rotation: nextRotation(selected.rotation) } } }], 'posters:view.edit.rotateBoard')}>
              {t('posters:layout.rotate')}
            </button>
            <label>
              <input
                type="checkbox"
                checked={selected.prime}
                onChange={(e) => run([{ type: 'posters/updateBoard', payload: { boardId: selected.id, changes: { prime: e.target.checked } } }], 'posters:view.edit.primeBoard')}
              />
              {t('posters:layout.prime')}
            </label>
            <label>
              <input
                type="checkbox"
                checked={selected.faces.length === 2}
                onChange={(e) => run([{ type: 'posters/setBoardSides', payload: { boardId: selected.id, sides: e.target.checked ? 2 : 1 } }], 'posters:view.edit.sides')}
              />
              {t('posters:layout.doubleSided')}
            </label>
            <span className="field">
              <label htmlFor={`${id}-board-width`}>{t('posters:layout.boardWidth')}</label>
              <input
                id={`${id}-board-width`}
                key={`${selected.id}-${selected.width}`}
                type="number"
                min={0.5}
                step={0.1}
                defaultValue={selected.width}
                onBlur={(e) => {
                  const width = Number(e.target.value);
                  if (width > 0 && width !== selected.width) run([{ type: 'posters/updateBoard', payload: { boardId: selected.id, changes: { width } } }], 'posters:view.edit.boardWidth');
                }}
              />
            </span>
            {POSTER_NEEDS.map((need) => (
              <label key={need}>
                <input
                  type="checkbox"
                  checked={selected.offers.includes(need)}
                  onChange={(e) => {
                    const offers = e.target.checked ? [...selected.offers, need] : selected.offers.filter((o) => o !== need);
                    run([{ type: 'posters/updateBoard', payload: { boardId: selected.id, changes: { offers } } }], 'posters:view.edit.offers');
                  }}
                />
                {t(`posters:layout.offers.${need}`)}
              </label>
            ))}
            <button type="button" onClick={() => run([{ type: 'posters/removeBoard', payload: { boardId: selected.id } }], 'posters:view.edit.removeBoard')}>
              {t('posters:layout.remove')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
