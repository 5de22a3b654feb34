/** The tour plan as an editor: each visit's rules, the buttons that plan and re-plan, the evening's timeline, and the groups to drag people between. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Tour } from '../../../../shared/model/schema.ts';
import { eligibleParticipants, tourWindow } from '../../../../shared/tours/input.ts';
import { toTime } from '../../../../shared/model/time.ts';
import { formatDayTime } from '../../../../shared/i18n/dates.ts';
import { AssumedMark } from '../../ui/AssumedBadge.tsx';
import { useProject } from '../../state/store.ts';
import { namesOf, type Names } from './names.ts';
import { PlanControls } from './PlanControls.tsx';
import { TourBoard } from './TourBoard.tsx';
import { TourSettings } from './TourSettings.tsx';
import { TourTimeline } from './TourTimeline.tsx';
import './tours.css';
import { languageName } from '../../../../shared/i18n/language-names.ts';

function TourFacts({ tour, project, names }: { tour: Tour; project: Project; names: Names }) {
  const { t, i18n } = useTranslation();
  const venue = project.venues.find((v) => v.id === tour.venueId);
  const session = project.sessions.find((s) => s.id === tour.sessionId);
  const guides = tour.guides.map((g) => {
    const name = names.people.get(g.personId) ?? '—';
    const languages = g.languages.map((l) => languageName(l, i18n.language)).join(', ');
    return t(g.stepFree ? 'tours:view.stepFreeGuide' : 'tours:view.guideLanguages', { name, languages });
  });
  const window = tourWindow(project, tour);
  const time = (m: number | null) => (m === null ? t('tours:view.open') : toTime(m));
  const facts: [field: string, label: string, value: string][] = [
    ['venueId', t('tours:view.venue'), venue?.name ?? '—'],
    ['meetingPoint', t('tours:view.meetingPoint'), tour.meetingPoint || '—'],
    ['sessionId', t('tours:view.session'), session ? `${session.title}${session.slot ? ` — ${formatDayTime(session.slot.day, session.slot.start, i18n.language)}` : ''}` : '—'],
    ['groupSizeLimit', t('tours:view.groupSizeLimit'), t('tours:view.people', { count: tour.groupSizeLimit })],
    ['tourMinutes', t('tours:view.tourMinutes'), t('tours:view.minutes', { count: tour.tourMinutes })],
    ['intervalMinutes', t('tours:view.intervalMinutes'), t('tours:view.minutes', { count: tour.intervalMinutes })],
    ['latestReturn', t('tours:view.window'), t('tours:view.windowValue', { earliest: time(window.earliest), latest: time(window.latest) })],
    ['guides', t('tours:view.guides'), guides.length ? guides.join(' ; ') : t('tours:view.noGuide')],
    ['optionId', t('tours:view.registered'), t('tours:view.people', { count: eligibleParticipants(project, tour).length })],
  ];
  return (
    <dl className="facts">
      {facts.map(([field, label, value]) => (
        <div key={field} className="facts__row">
          <dt>{label}</dt>
          <dd>
            {value} <AssumedMark item={tour} field={field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ToursView() {
  const { t } = useTranslation();
  const project = useProject();
  const names = useMemo(() => namesOf(project.people, project.participants), [project.people, project.participants]);
  return (
    <section className="view tours-view" aria-labelledby="tours-title">
      <h2 id="tours-title">{t('tours:view.title')}</h2>
      {project.tours.length === 0 && <p className="empty">{t('tours:view.none')}</p>}
      {project.tours.map((tour) => (
        <article key={tour.id} className="card" aria-label={tour.name}>
          <h3>
            {tour.name} <AssumedMark item={tour} field="name" />
          </h3>
          <TourFacts tour={tour} project={project} names={names} />
          <TourSettings tour={tour} names={names} options={project.event.registrationOptions} />
          <PlanControls project={project} tour={tour} names={names} />
          <TourTimeline project={project} tour={tour} />
          {tour.groups.length === 0 && <p className="empty">{t('tours:view.noGroups')}</p>}
          <TourBoard project={project} tour={tour} names={names} />
        </article>
      ))}
    </section>
  );
}
