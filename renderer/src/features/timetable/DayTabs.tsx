/** One tab per day, with its summary; dropping a card on a tab moves it to that day, same room and time. */
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { EventDay } from '../../../../shared/model/schema.ts';
import { dayDropId } from './drag.ts';
import { useTimetable } from './timetable-context.ts';

function DayTab({ day, selected, onSelect }: { day: EventDay; selected: boolean; onSelect: () => void }) {
  const { dayName } = useTimetable();
  const { setNodeRef, isOver } = useDroppable({ id: dayDropId(day.date) });
  return (
    <button
      ref={setNodeRef}
      type="button"
      role="tab"
      aria-selected={selected}
      className="tt-day"
      data-over={isOver || undefined}
      onClick={onSelect}
    >
      {dayName(day.date)}{day.label ? ` · ${day.label}` : ''}
    </button>
  );
}

export function DayTabs({ selected, onSelect }: { selected: string; onSelect: (day: string) => void }) {
  const { t } = useTranslation();
  const { project } = useTimetable();
  return (
    <div className="tt-days" role="tablist" aria-label={t('timetable:days')}>
      {project.event.days.map((d) => <DayTab key={d.date} day={d} selected={d.date === selected} onSelect={() => onSelect(d.date)} />)}
    </div>
  );
}
