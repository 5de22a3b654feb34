/** Eligible people not yet in a group: a drop target too, to take someone out of every group. */
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../shared/model/schema.ts';
import { UNASSIGNED } from './drag.ts';
import { PersonCard } from './PersonCard.tsx';

export function UnassignedList({ people, onPin }: { people: readonly Participant[]; onPin: (id: string, pinned: boolean) => void }) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: UNASSIGNED });
  return (
    <section ref={setNodeRef} className={`tour-group tour-group--unassigned${isOver ? ' tour-group--over' : ''}`} aria-label={t('tours:view.unassigned')}>
      <header className="tour-group__head">
        <h4>{t('tours:view.unassigned')}</h4>
        <p className="tour-unassigned__count" aria-live="polite">
          {people.length === 0 ? t('tours:view.everyonePlaced') : t('tours:view.unassignedCount', { count: people.length })}
        </p>
      </header>
      <ul className="tour-group__members">
        {people.map((p) => (
          <PersonCard key={p.id} participant={p} pinned={null} warn={false} onPin={onPin} />
        ))}
      </ul>
    </section>
  );
}
