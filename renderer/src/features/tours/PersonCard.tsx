/** A person on the board: dragged between groups with the pointer or the keyboard, pinned to stay where they are. */
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/model/people.ts';
import type { Participant } from '../../../../shared/model/schema.ts';
import { personDrag } from './drag.ts';
import { languageName } from '../../../../shared/i18n/language-names.ts';

interface PersonCardProps {
  readonly participant: Participant;
  /** Null for someone in no group: only a group member can be pinned. */
  readonly pinned: boolean | null;
  readonly warn: boolean;
  readonly onPin: (participantId: string, pinned: boolean) => void;
}

export const PersonCard = memo(function PersonCard({ participant, pinned, warn, onPin }: PersonCardProps) {
  const { t, i18n } = useTranslation();
  const name = fullName(participant);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: personDrag(participant.id) });
  return (
    <li className={`tour-person${isDragging ? ' tour-person--dragging' : ''}${warn ? ' tour-person--warn' : ''}`} data-person={name}>
      <span ref={setNodeRef} className="tour-person__handle" {...attributes} {...listeners} aria-label={name}>
        {name}
      </span>
      <span className="tour-person__badges">
        {participant.language !== 'fr' && <abbr className="tour-badge" title={languageName(participant.language, i18n.language)}>{participant.language.toUpperCase()}</abbr>}
        {participant.stepFree && <span className="tour-badge" title={t('tours:view.stepFree')} aria-label={t('tours:view.stepFree')}>♿</span>}
      </span>
      {pinned !== null && (
        <label className="tour-pin" title={t('tours:view.pinPerson', { name })}>
          <input type="checkbox" checked={pinned} aria-label={t('tours:view.pinPerson', { name })} onChange={(e) => onPin(participant.id, e.target.checked)} />
          <span aria-hidden="true">📌</span>
        </label>
      )}
    </li>
  );
});
