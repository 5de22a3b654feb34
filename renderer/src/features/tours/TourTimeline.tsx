/** The departures beside the rest of the evening: the tour's day, its venue's sessions (public sequence, cocktail) and each group out and back. */
import { useTranslation } from 'react-i18next';
import type { Project, Tour } from '../../../../shared/model/schema.ts';
import { sessionSpan, toMinutes } from '../../../../shared/model/time.ts';
import { tourDay } from '../../../../shared/tours/input.ts';

interface Bar {
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'session' | 'group';
}

function bars(project: Project, tour: Tour): Bar[] {
  const day = tourDay(project, tour);
  const venueRooms = new Set(project.rooms.filter((r) => r.venueId === tour.venueId).map((r) => r.id));
  const sessions = project.sessions.filter((s) => s.slot && s.slot.day === day && venueRooms.has(s.slot.roomId) && s.id !== tour.sessionId);
  const sessionBars = sessions.flatMap((s) => {
    const span = sessionSpan(s);
    return span ? [{ key: s.id, label: s.title, ...span, kind: 'session' as const }] : [];
  });
  const groupBars = tour.groups.flatMap((g) =>
    g.departure ? [{ key: g.id, label: g.name, start: toMinutes(g.departure), end: toMinutes(g.departure) + tour.tourMinutes, kind: 'group' as const }] : [],
  );
  return [...sessionBars.sort((a, b) => a.start - b.start), ...groupBars.sort((a, b) => a.start - b.start)];
}

const hh = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function TourTimeline({ project, tour }: { project: Project; tour: Tour }) {
  const { t } = useTranslation();
  const all = bars(project, tour);
  if (all.length === 0) return null;
  const from = Math.floor(Math.min(...all.map((b) => b.start)) / 30) * 30;
  const to = Math.ceil(Math.max(...all.map((b) => b.end)) / 30) * 30;
  const at = (m: number) => `${((m - from) / (to - from)) * 100}%`;
  const ticks = Array.from({ length: (to - from) / 30 + 1 }, (_, i) => from + i * 30);
  return (
    <figure className="tour-timeline">
      <figcaption>{t('tours:view.timeline')}</figcaption>
      <div className="tour-timeline__scale" aria-hidden="true">
        {ticks.map((m) => (
          <span key={m} style={{ left: at(m) }}>{hh(m)}</span>
        ))}
      </div>
      <ul className="tour-timeline__rows">
        {all.map((bar) => {
          const text = t('tours:view.timelineGroup', { group: bar.label, departure: hh(bar.start), back: hh(bar.end) });
          return (
            <li key={bar.key} className={`tour-timeline__row tour-timeline__row--${bar.kind}`}>
              <span className="tour-timeline__bar" style={{ left: at(bar.start), width: at(from + bar.end - bar.start) }} title={text}>
                {text}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
