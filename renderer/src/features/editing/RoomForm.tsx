/** Create or edit a room: its venue, capacity, layout, equipment, changeover time and availability. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EQUIPMENT, ROOM_LAYOUTS, type Equipment, type Project, type RoomLayout } from '../../../../shared/model/schema.ts';
import { freshId, validateRoom } from '../../../../shared/edits/catalogue-checks.ts';
import { asNumber, Field, useSave, WindowsField } from './fields.tsx';

export function RoomForm({ project, roomId, onDone }: { project: Project; roomId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const existing = project.rooms.find((r) => r.id === roomId) ?? null;
  const [name, setName] = useState(existing?.name ?? '');
  const [venueId, setVenueId] = useState(existing?.venueId ?? project.venues[0]?.id ?? '');
  const [capacity, setCapacity] = useState(String(existing?.capacity ?? 30));
  const [layout, setLayout] = useState<RoomLayout>(existing?.layout ?? 'theatre');
  const [equipment, setEquipment] = useState<Equipment[]>(existing?.equipment ?? []);
  const [changeover, setChangeover] = useState(String(existing?.changeoverMinutes ?? 10));
  const [availability, setAvailability] = useState(existing?.availability ?? []);
  const { errors, general, save } = useSave();
  const days = project.event.days.map((d) => d.date);

  const submit = () => {
    const id = existing?.id ?? freshId(project.rooms, 'room');
    const room = { ...(existing ?? {}), id, name: name.trim(), venueId, capacity: asNumber(capacity) as number, layout, equipment, changeoverMinutes: asNumber(changeover) as number, availability };
    const ok = save(validateRoom(project, room, existing?.id ?? null), () => {
      if (!existing) return [{ type: 'rooms/create', payload: { room } }];
      const { id: _id, ...changes } = room;
      return [{ type: 'rooms/update', payload: { id, changes } }];
    });
    if (ok) onDone();
  };

  return (
    <form className="ed-form" aria-label={existing ? t('timetable:editing.editNamed', { name: existing.name }) : t('timetable:editing.newRoom')} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {general && <p className="ed-form__general" role="alert">{general}</p>}
      <Field label={t('timetable:editing.name')} error={errors.name}>{(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.venue')} error={errors.venueId}>
        {(p) => <select {...p} value={venueId} onChange={(e) => setVenueId(e.target.value)}>{project.venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}</select>}
      </Field>
      <Field label={t('timetable:editing.capacity')} error={errors.capacity}>{(p) => <input {...p} type="number" value={capacity} onChange={(e) => setCapacity(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.layout')} error={errors.layout}>
        {(p) => <select {...p} value={layout} onChange={(e) => setLayout(e.target.value as RoomLayout)}>{ROOM_LAYOUTS.map((l) => <option key={l} value={l}>{t(`labels:layout.${l}`)}</option>)}</select>}
      </Field>
      <fieldset className="ed-checks">
        <legend>{t('timetable:editing.equipment')}</legend>
        {EQUIPMENT.map((x) => (
          <label key={x}><input type="checkbox" checked={equipment.includes(x)} onChange={() => setEquipment(equipment.includes(x) ? equipment.filter((y) => y !== x) : [...equipment, x])} /> {t(`labels:equipment.${x}`)}</label>
        ))}
      </fieldset>
      <Field label={t('timetable:editing.changeover')} error={errors.changeoverMinutes}>{(p) => <input {...p} type="number" value={changeover} onChange={(e) => setChangeover(e.target.value)} />}</Field>
      <WindowsField label={t('timetable:editing.availability')} days={days} value={availability} onChange={setAvailability} error={errors.availability} />
      <div className="ed-form__actions">
        <button type="submit">{t('timetable:editing.save')}</button>
        <button type="button" onClick={onDone}>{t('timetable:editing.cancel')}</button>
      </div>
    </form>
  );
}
