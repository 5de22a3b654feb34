/** The tour plan, read-only for now: each visit's rules, then its groups with guide, departure, size and members. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/model/people.ts';
import { registeredFor } from '../../../../shared/model/registrations.ts';
import type { Project, Tour } from '../../../../shared/model/schema.ts';
import { AssumedMark } from '../../app/AssumedBadge.tsx';
import { useProject } from '../../state/store.ts';
import { namesOf, TourGroupsTable } from './TourGroupsTable.tsx';

function TourFacts({ tour, project }: { tour: Tour; project: Project }) {
  const { t } = useTranslation();
  const venue = project.venues.find((v) => v.id === tour.venueId);
  const session = project.sessions.find((s) => s.id === tour.sessionId);
  const guides = tour.guideIds.map((id) => project.people.find((p) => p.id === id)).filter((p) => p !== undefined);
  const optionIds = new Set(project.event.registrationOptions.filter((o) => o.kind === 'tour' && o.sessionId === tour.sessionId).map((o) => o.id));
  const registered = registeredFor(project.participants, optionIds).length;
  const facts: [field: string, label: string, value: string][] = [
    ['venueId', t('tours:view.venue'), venue?.name ?? '—'],
    ['sessionId', t('tours:view.session'), session ? `${session.title}${session.slot ? ` — ${session.slot.day} ${session.slot.start}` : ''}` : '—'],
    ['groupSizeLimit', t('tours:view.groupSizeLimit'), t('tours:view.people', { count: tour.groupSizeLimit })],
    ['tourMinutes', t('tours:view.tourMinutes'), t('tours:view.minutes', { count: tour.tourMinutes })],
    ['intervalMinutes', t('tours:view.intervalMinutes'), t('tours:view.minutes', { count: tour.intervalMinutes })],
    ['guideIds', t('tours:view.guides'), guides.length ? guides.map(fullName).join(', ') : t('tours:view.noGuide')],
    ['registrations', t('tours:view.registered'), t('tours:view.people', { count: registered })],
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
          <TourFacts tour={tour} project={project} />
          <TourGroupsTable tour={tour} names={names} />
        </article>
      ))}
    </section>
  );
}
