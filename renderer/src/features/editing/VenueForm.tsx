/** Create or edit a venue: address, opening hours per day and travel time to the other venues. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model/schema.ts';
import { freshId, validateVenue } from '../../../../shared/edits/catalogue-checks.ts';
import { asNumber, Field, useSave, WindowsField } from './fields.tsx';

export function VenueForm({ project, venueId, onDone }: { project: Project; venueId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const existing = project.venues.find((v) => v.id === venueId) ?? null;
  const [name, setName] = useState(existing?.name ?? '');
  const [address, setAddress] = useState(existing?.address ?? '');
  const [openingHours, setOpeningHours] = useState(existing?.openingHours ?? []);
  const others = project.venues.filter((v) => v.id !== existing?.id);
  const [travel, setTravel] = useState<Record<string, string>>(Object.fromEntries(others.map((v) => [v.id, String(existing?.travelMinutes[v.id] ?? '')])));
  const { errors, general, save } = useSave();

  const submit = () => {
    const id = existing?.id ?? freshId(project.venues, 'venue');
    const travelMinutes = Object.fromEntries(Object.entries(travel).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, asNumber(v) as number]));
    const venue = { ...(existing ?? {}), id, name: name.trim(), address, openingHours, travelMinutes };
    const ok = save(validateVenue(project, venue, existing?.id ?? null), () => {
      if (!existing) return [{ type: 'venues/create', payload: { venue } }];
      const { id: _id, ...changes } = venue;
      return [{ type: 'venues/update', payload: { id, changes } }];
    });
    if (ok) onDone();
  };

  return (
    <form className="ed-form" aria-label={existing ? t('timetable:editing.editNamed', { name: existing.name }) : t('timetable:editing.newVenue')} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {general && <p className="ed-form__general" role="alert">{general}</p>}
      <Field label={t('timetable:editing.name')} error={errors.name}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.address')} error={errors.address}>{(p) => <input {...p} value={address} onChange={(e) => setAddress(e.target.value)} />}</Field>
      <WindowsField label={t('timetable:editing.openingHours')} days={project.event.days.map((d) => d.date)} value={openingHours} onChange={setOpeningHours} error={errors.openingHours} />
      {others.length > 0 && (
        <fieldset className="ed-travel" data-invalid={errors.travelMinutes ? 'true' : undefined}>
          <legend>{t('timetable:editing.travel')}</legend>
          {others.map((v) => (
            <label key={v.id}>{v.name}{' '}
              <input type="number" value={travel[v.id] ?? ''} onChange={(e) => setTravel({ ...travel, [v.id]: e.target.value })} />
            </label>
          ))}
          {errors.travelMinutes && <p className="ed-field__error" role="alert">{errors.travelMinutes}</p>}
        </fieldset>
      )}
      <div className="ed-form__actions">
        <button type="submit">{t('timetable:editing.save')}</button>
        <button type="button" onClick={onDone}>{t('timetable:editing.cancel')}</button>
      </div>
    </form>
  );
}
