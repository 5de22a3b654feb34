/** Create or edit a person of the programme (speaker, chair, host, guide): name, affiliation, when they are there. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/model/people.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import { freshId, validatePerson } from '../../../../shared/edits/catalogue-checks.ts';
import { Field, useSave, WindowsField } from './fields.tsx';

export function PersonForm({ project, personId, onDone }: { project: Project; personId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const existing = project.people.find((p) => p.id === personId) ?? null;
  const [firstName, setFirstName] = useState(existing?.firstName ?? '');
  const [lastName, setLastName] = useState(existing?.lastName ?? '');
  const [affiliation, setAffiliation] = useState(existing?.affiliation ?? '');
  const [email, setEmail] = useState(existing?.email ?? '');
  const [availability, setAvailability] = useState(existing?.availability ?? []);
  const { errors, general, save } = useSave();
  const submit = () => {
    const id = existing?.id ?? freshId(project.people, 'person');
    const person = { ...(existing ?? {}), id, firstName: firstName.trim(), lastName: lastName.trim(), affiliation, email: email.trim(), availability };
    const ok = save(validatePerson(project, person, existing?.id ?? null), () => {
      if (!existing) return [{ type: 'people/create', payload: { person } }];
      const { id: _id, ...changes } = person;
      return [{ type: 'people/update', payload: { id, changes } }];
    });
    if (ok) onDone();
  };
  return (
    <form className="ed-form" aria-label={existing ? t('timetable:editing.editNamed', { name: fullName(existing) }) : t('timetable:editing.newPerson')} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {general && <p className="ed-form__general" role="alert">{general}</p>}
      <Field label={t('timetable:editing.firstName')} error={errors.firstName}>{(p) => <input {...p} value={firstName} onChange={(e) => setFirstName(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.lastName')} error={errors.lastName}>{(p) => <input {...p} value={lastName} onChange={(e) => setLastName(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.affiliation')} error={errors.affiliation}>{(p) => <input {...p} value={affiliation} onChange={(e) => setAffiliation(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.email')} error={errors.email}>{(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
      <WindowsField label={t('timetable:editing.availability')} days={project.event.days.map((d) => d.date)} value={availability} onChange={setAvailability} error={errors.availability} />
      <div className="ed-form__actions">
        <button type="submit">{t('timetable:editing.save')}</button>
        <button type="button" onClick={onDone}>{t('timetable:editing.cancel')}</button>
      </div>
    </form>
  );
}
