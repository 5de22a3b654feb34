/** One tab per day, with its summary; dropping a card on a tab moves it to that day, same room and time. */
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { EventDay } from '../../../../shared/model/schema.ts';
import type { Tabs } from '../../ui/tabs.ts';
import { dayDropId } from './drag.ts';
import { useTimetable } from './timetable-context.ts';

function DayTab({ day, tabs }: { day: EventDay; tabs: Tabs<string> }) {
  const { dayName } = useTimetable();
  const { setNodeRef, isOver } = useDroppable({ id: dayDropId(day.date) });
  const { ref, ...tab } = tabs.tab(day.date);
  return (
    <button
      ref={(element) => {
        setNodeRef(element);
        ref(element);
      }}
      type="button"
      className="tt-day"
      data-over={isOver || undefined}
      {...tab}
    >
      {dayName(day.date)}{day.label ? ` · ${day.label}` : ''}
    </button>
  );
}

/** `tabs`: the days' tabs, whose panel (the day's grid) the timetable draws. */
export function DayTabs({ tabs }: { tabs: Tabs<string> }) {
  const { t } = useTranslation();
  const { project } = useTimetable();
  return (
    <div className="tt-days" aria-label={t('timetable:days')} {...tabs.tablist}>
      {project.event.days.map((d) => <DayTab key={d.date} day={d} tabs={tabs} />)}
    </div>
  );
}
