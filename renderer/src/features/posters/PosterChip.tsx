/** A poster as it is dragged between the list and the faces, with its pin. */
import { useDraggable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Poster } from '../../../../shared/model/schema.ts';
import { AssumedMark } from '../../app/AssumedBadge.tsx';
import { posterDragId, themeColour, type HallView } from './poster-hall.ts';

interface ChipProps {
  readonly poster: Poster;
  readonly hall: HallView;
  readonly onPin?: (pinned: boolean) => void;
  readonly onEdit?: () => void;
}

export function PosterChip({ poster, hall, onPin, onEdit }: ChipProps) {
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
      {onEdit && (
        <button type="button" className="link-button" onClick={onEdit}>
          {t('posters:form.edit')}
        </button>
      )}
    </span>
  );
}
