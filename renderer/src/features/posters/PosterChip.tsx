/** A poster as it is dragged between the list and the faces, with its pin. */
import { useDraggable } from '@dnd-kit/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poster } from '../../../../shared/model/schema.ts';
import { AssumedMark } from '../../app/AssumedBadge.tsx';
import { posterDragId, themeColour, type HallView } from './poster-hall.ts';

interface ChipProps {
  readonly poster: Poster;
  readonly hall: HallView;
  readonly onPin?: (pinned: boolean) => void;
  readonly onEdit?: () => void;
  /** Places the poster on a face (null: back to the list), for those who do not drag. */
  readonly onMove?: (faceId: string | null) => void;
}

/** The keyboard's way to move a poster: a list of every face, shown only when asked for (a large hall has thousands). */
function MoveTo({ poster, hall, onMove }: { poster: Poster; hall: HallView; onMove: (faceId: string | null) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('posters:view.moveTo')}
      </button>
    );
  }
  return (
    <select
      autoFocus
      aria-label={t('posters:view.moveToLabel', { title: poster.title })}
      value={poster.boardFaceId ?? ''}
      onBlur={() => setOpen(false)}
      onChange={(e) => {
        setOpen(false);
        onMove(e.target.value || null);
      }}
    >
      <option value="">{t('posters:view.toList')}</option>
      {hall.faces.map(({ board, face, posters }) => (
        <option key={face.id} value={face.id}>
          {posters[0] ? t('posters:view.faceTaken', { face: `${board.number}${face.side}`, title: posters[0].title }) : t('posters:view.faceFree', { face: `${board.number}${face.side}` })}
        </option>
      ))}
    </select>
  );
}

export function PosterChip({ poster, hall, onPin, onEdit, onMove }: ChipProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: posterDragId(poster.id) });
  return (
    <span className={`poster-chip${isDragging ? ' poster-chip--dragging' : ''}${poster.pinned ? ' poster-chip--pinned' : ''}`} data-poster={poster.id}>
      <span ref={setNodeRef} {...attributes} {...listeners} className="poster-chip__handle">
        <span className="swatch" style={{ background: themeColour(hall, poster) }} title={(poster.themeId && hall.themes.get(poster.themeId)?.name) || t('posters:view.noTheme')} />
        {poster.highlighted && <span className="highlight-mark" title={t('posters:view.highlightedMark')}>★ </span>}
        {poster.title}
      </span>
      <AssumedMark item={poster} field="title" />
      {poster.pinned && <span className="pin-mark" title={t('posters:view.pinned')}> 📌</span>}
      {onPin && (
        <button type="button" className="link-button" aria-pressed={poster.pinned} onClick={() => onPin(!poster.pinned)}>
          {poster.pinned ? t('posters:view.unpin') : t('posters:view.pin')}
        </button>
      )}
      {onMove && <MoveTo poster={poster} hall={hall} onMove={onMove} />}
      {onEdit && (
        <button type="button" className="link-button" onClick={onEdit}>
          {t('posters:form.edit')}
        </button>
      )}
    </span>
  );
}
