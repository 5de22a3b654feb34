/** The open event at a glance: its name, its days and how much it holds. */
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/schema.ts';
import { formatDay } from '../../../shared/i18n/dates.ts';
import { AssumedMark } from './AssumedBadge.tsx';

export function ProjectSummary({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const { event } = project;
  const counts = [
    t('common:shell.summary.days', { count: event.days.length }),
    t('common:shell.summary.rooms', { count: project.rooms.length }),
    t('common:shell.summary.sessions', { count: project.sessions.length }),
    t('common:shell.summary.participants', { count: project.participants.length }),
    t('common:shell.summary.posters', { count: project.posterHall.posters.length }),
  ];
  return (
    <section className="summary" aria-labelledby="event-name">
      <h1 id="event-name">
        {event.name} <AssumedMark item={event} field="name" />
      </h1>
      <div className="summary__days-row">
        {/* One line for the whole event: each day's label is on the timetable's day tabs, where space is kept for it. */}
        <ul className="summary__days" aria-label={counts[0]}>
          {event.days.map((day) => (
            <li key={day.date} title={day.label || undefined}>
              <time dateTime={day.date}>{formatDay(day.date, i18n.language, 'long')}</time>
            </li>
          ))}
        </ul>
        <AssumedMark item={event} field="days" />
        <p className="summary__counts">{counts.join(' · ')}</p>
      </div>
    </section>
  );
}
