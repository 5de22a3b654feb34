/** One tour group as a column: name, guide, language, departure, size against the limit, pin, live warnings, members. */
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/model/people.ts';
import type { Tour, TourGroup } from '../../../../shared/model/schema.ts';
import { returnTime } from '../../../../shared/exports/tours-content.ts';
import type { GroupWarnings } from '../../../../shared/tours/warnings.ts';
import { groupTarget } from './drag.ts';
import type { Names } from './names.ts';
import { PersonCard } from './PersonCard.tsx';
import { languageName } from '../../../../shared/i18n/language-names.ts';

interface GroupColumnProps {
  readonly tour: Tour;
  readonly group: TourGroup;
  readonly names: Names;
  readonly warnings: GroupWarnings;
  readonly onPinGroup: (groupId: string, pinned: boolean) => void;
  readonly onPinPerson: (participantId: string, pinned: boolean) => void;
}

export function GroupColumn({ tour, group, names, warnings, onPinGroup, onPinPerson }: GroupColumnProps) {
  const { t, i18n } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: groupTarget(group.id) });
  const guide = group.guideId ? (names.people.get(group.guideId) ?? '—') : t('tours:view.noGuide');
  const pinnedPeople = new Set(group.pinnedParticipantIds);
  const splitIds = new Set(warnings.split.map((s) => s.participant.id));
  const size = group.participantIds.length;
  return (
    <section
      ref={setNodeRef}
      className={`tour-group${isOver ? ' tour-group--over' : ''}${warnings.overBy > 0 ? ' tour-group--full' : ''}${group.pinned ? ' tour-group--pinned' : ''}`}
      aria-label={group.name}
      data-group={group.id}
    >
      <header className="tour-group__head">
        <h4>{group.name}</h4>
        <label className="tour-pin" title={t('tours:view.pinGroup', { group: group.name })}>
          <input type="checkbox" checked={group.pinned} aria-label={t('tours:view.pinGroup', { group: group.name })} onChange={(e) => onPinGroup(group.id, e.target.checked)} />
          <span aria-hidden="true">📌</span>
        </label>
        <dl className="tour-group__facts">
          <dt>{t('tours:view.guide')}</dt>
          <dd>{guide}</dd>
          <dt>{t('tours:view.language')}</dt>
          <dd>{languageName(group.language, i18n.language)}</dd>
          <dt>{t('tours:view.departure')}</dt>
          <dd>{group.departure ? `${group.departure} – ${returnTime(tour, group)}` : '—'}</dd>
          <dt>{t('tours:view.size')}</dt>
          <dd className="tour-group__size" data-over={warnings.overBy > 0 || undefined}>
            {t('tours:view.sizeOfLimit', { size, limit: tour.groupSizeLimit })}
          </dd>
        </dl>
      </header>
      {(warnings.overBy > 0 || warnings.split.length > 0) && (
        <div role="alert">
          <ul className="tour-group__warnings">
            {warnings.overBy > 0 && <li>{t('tours:view.overLimit', { limit: tour.groupSizeLimit })}</li>}
            {warnings.split.map(({ participant, companions }) => (
              <li key={participant.id}>{t('tours:view.splits', { name: fullName(participant), companions: companions.map(fullName).join(', ') })}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="tour-group__members">
        {group.participantIds.map((id) => {
          const participant = names.participants.get(id);
          return participant ? (
            <PersonCard key={id} participant={participant} pinned={pinnedPeople.has(id)} warn={splitIds.has(id)} onPin={onPinPerson} />
          ) : null;
        })}
      </ul>
    </section>
  );
}
