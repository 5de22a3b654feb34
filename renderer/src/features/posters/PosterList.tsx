/** Every board face in walking order, each a place to drop a poster; then the posters still without a face. */
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Poster } from '../../../../shared/model/schema.ts';
import { presenterNames } from '../../../../shared/posters/presenters.ts';
import { AssumedMark } from '../../app/AssumedBadge.tsx';
import { faceDropId, UNASSIGNED_DROP_ID, type FaceView, type HallView } from './poster-hall.ts';
import { PosterChip } from './PosterChip.tsx';

export interface PosterActions {
  readonly pin: (poster: Poster, pinned: boolean) => void;
  readonly edit: (poster: Poster) => void;
  readonly move: (poster: Poster, faceId: string | null) => void;
}

function PosterDetails({ poster, hall }: { poster: Poster; hall: HallView }) {
  return (
    <>
      <td>
        {presenterNames(poster, hall.people)} <AssumedMark item={poster} field="presenters" />
      </td>
      <td>{poster.project}</td>
    </>
  );
}

function FaceRow({ view, hall, actions }: { view: FaceView; hall: HallView; actions: PosterActions }) {
  const { t } = useTranslation();
  const { board, face, posters } = view;
  const { setNodeRef, isOver } = useDroppable({ id: faceDropId(face.id) });
  const poster = posters[0];
  return (
    <tr ref={setNodeRef} data-face={face.id} data-board={board.number} className={isOver ? 'face-row face-row--over' : 'face-row'}>
      <th scope="row" title={board.zone ? t('posters:view.zone', { zone: board.zone }) : undefined}>
        {board.number}
        {face.side}
        {board.prime && <span className="prime-mark" title={t('posters:view.prime')}> ◆</span>}
      </th>
      {poster ? (
        <>
          <td>
            {posters.map((p) => (
              <PosterChip key={p.id} poster={p} hall={hall} onPin={(pinned) => actions.pin(p, pinned)} onEdit={() => actions.edit(p)} onMove={(faceId) => actions.move(p, faceId)} />
            ))}
          </td>
          <PosterDetails poster={poster} hall={hall} />
        </>
      ) : (
        <td colSpan={3} className="muted">
          {t('posters:view.empty')}
        </td>
      )}
    </tr>
  );
}

export function FaceList({ hall, actions }: { hall: HallView; actions: PosterActions }) {
  const { t } = useTranslation();
  return (
    <table className="table face-list">
      <caption>{t('posters:view.list')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('posters:view.boardColumn')}</th>
          <th scope="col">{t('posters:view.poster')}</th>
          <th scope="col">{t('posters:view.presenters')}</th>
          <th scope="col">{t('posters:view.project')}</th>
        </tr>
      </thead>
      <tbody>
        {hall.faces.map((view) => (
          <FaceRow key={view.face.id} view={view} hall={hall} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}

export function UnassignedList({ hall, actions }: { hall: HallView; actions: PosterActions }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: UNASSIGNED_DROP_ID });
  return (
    <section ref={setNodeRef} className={isOver ? 'unassigned unassigned--over' : 'unassigned'} aria-labelledby="unassigned-title" data-drop="unassigned">
      <h3 id="unassigned-title">
        {t('posters:view.unassigned')} ({hall.unassigned.length})
      </h3>
      <p className="muted">{t('posters:view.unassignedHint')}</p>
      {hall.unassigned.length === 0 ? (
        <p className="muted">{t('posters:view.noneUnassigned')}</p>
      ) : (
        <ul className="unassigned__list">
          {hall.unassigned.map((poster) => (
            <li key={poster.id}>
              <PosterChip poster={poster} hall={hall} onEdit={() => actions.edit(poster)} onMove={(faceId) => actions.move(poster, faceId)} />
              <span className="muted"> — {presenterNames(poster, hall.people)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
