/** Rooms, venues, days and people: a list each, with new, edit, duplicate and delete. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edit } from '../../../../shared/edits/index.ts';
import { fullName } from '../../../../shared/model/people.ts';
import { formatDay } from '../../../../shared/i18n/dates.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import { freshId } from '../../../../shared/edits/catalogue-checks.ts';
import { useTabs } from '../../ui/tabs.ts';
import { DayForm } from './DayForm.tsx';
import { useSave } from './fields.tsx';
import { PersonForm } from './PersonForm.tsx';
import { RoomForm } from './RoomForm.tsx';
import { VenueForm } from './VenueForm.tsx';

const AREAS = ['rooms', 'venues', 'days', 'people'] as const;
type Area = (typeof AREAS)[number];

interface Row {
  readonly key: string;
  readonly name: string;
  readonly duplicate: () => Edit;
  readonly remove: () => Edit;
}

/** The next free date after the event's last day, for a duplicated day. */
function nextDate(project: Project): string {
  const last = new Date(`${project.event.days.at(-1)!.date}T12:00:00Z`);
  last.setUTCDate(last.getUTCDate() + 1);
  return last.toISOString().slice(0, 10);
}

export function CatalogueEditor({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const [area, setArea] = useState<Area>('rooms');
  /** undefined: the list; null: a new item; a key: that item's form. */
  const [open, setOpen] = useState<string | null | undefined>(undefined);
  const { general, save } = useSave();
  const tabs = useTabs('catalogue', AREAS, area, setArea);
  const copy = (name: string) => t('timetable:editing.copyOf', { name });

  const rows: Row[] = {
    rooms: () => project.rooms.map((r): Row => ({
      key: r.id, name: r.name,
      duplicate: () => ({ type: 'rooms/duplicate', payload: { id: r.id, newId: freshId(project.rooms, 'room'), name: copy(r.name) } }),
      remove: () => ({ type: 'rooms/delete', payload: { id: r.id } }),
    })),
    venues: () => project.venues.map((v): Row => ({
      key: v.id, name: v.name,
      duplicate: () => ({ type: 'venues/duplicate', payload: { id: v.id, newId: freshId(project.venues, 'venue'), name: copy(v.name) } }),
      remove: () => ({ type: 'venues/delete', payload: { id: v.id } }),
    })),
    days: () => project.event.days.map((d): Row => ({
      key: d.date, name: d.label ? `${formatDay(d.date, i18n.language)} · ${d.label}` : formatDay(d.date, i18n.language),
      duplicate: () => ({ type: 'days/duplicate', payload: { date: d.date, newDate: nextDate(project), label: d.label ? copy(d.label) : '' } }),
      remove: () => ({ type: 'days/delete', payload: { date: d.date } }),
    })),
    people: () => project.people.map((p): Row => ({
      key: p.id, name: fullName(p),
      duplicate: () => ({ type: 'people/duplicate', payload: { id: p.id, newId: freshId(project.people, 'person'), lastName: copy(p.lastName) } }),
      remove: () => ({ type: 'people/delete', payload: { id: p.id } }),
    })),
  }[area]();

  const done = () => setOpen(undefined);
  if (open !== undefined) {
    if (area === 'rooms') return <RoomForm project={project} roomId={open} onDone={done} />;
    if (area === 'venues') return <VenueForm project={project} venueId={open} onDone={done} />;
    if (area === 'days') return <DayForm project={project} date={open} onDone={done} />;
    return <PersonForm project={project} personId={open} onDone={done} />;
  }

  return (
    <div className="ed-catalogue">
      <div aria-label={t('timetable:editing.catalogue')} {...tabs.tablist}>
        {AREAS.map((a) => <button key={a} type="button" {...tabs.tab(a)}>{t(`timetable:editing.areas.${a}`)}</button>)}
      </div>
      <div {...tabs.panel}>
        {general && <p className="ed-form__general" role="alert">{general}</p>}
        <ul className="ed-catalogue__list">
          {rows.map((row) => (
            <li key={row.key}>
              <span>{row.name}</span>
              <button type="button" onClick={() => setOpen(row.key)} aria-label={t('timetable:editing.editNamed', { name: row.name })}>{t('timetable:editing.edit')}</button>
              <button type="button" onClick={() => save([], () => [row.duplicate()])} aria-label={t('timetable:editing.duplicateNamed', { name: row.name })}>{t('timetable:editing.duplicate')}</button>
              <button type="button" onClick={() => save([], () => [row.remove()])} aria-label={t('timetable:editing.deleteNamed', { name: row.name })}>{t('timetable:editing.delete')}</button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setOpen(null)}>{t(`timetable:editing.new.${area}`)}</button>
      </div>
    </div>
  );
}
