/** Add a day to the event or change one (its date carries everything planned on it). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model/schema.ts';
import { validateDay } from '../../../../shared/edits/catalogue-checks.ts';
import { Field, useSave } from './fields.tsx';

export function DayForm({ project, date, onDone }: { project: Project; date: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const existing = project.event.days.find((d) => d.date === date) ?? null;
  const [value, setValue] = useState(existing?.date ?? '');
  const [label, setLabel] = useState(existing?.label ?? '');
  const { errors, general, save } = useSave();
  const submit = () => {
    const day = { date: value, label };
    const ok = save(validateDay(project, day, existing?.date ?? null), () =>
      existing ? [{ type: 'days/update', payload: { date: existing.date, changes: day } }] : [{ type: 'days/create', payload: { day } }],
    );
    if (ok) onDone();
  };
  return (
    <form className="ed-form" aria-label={existing ? t('timetable:editing.editNamed', { name: existing.date }) : t('timetable:editing.newDay')} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {general && <p className="ed-form__general" role="alert">{general}</p>}
      <Field label={t('timetable:editing.date')} error={errors.date}>{(p) => <input {...p} type="date" value={value} onChange={(e) => setValue(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.dayLabel')} error={errors.label}>{(p) => <input {...p} value={label} onChange={(e) => setLabel(e.target.value)} />}</Field>
      <div className="ed-form__actions">
        <button type="submit">{t('timetable:editing.save')}</button>
        <button type="button" onClick={onDone}>{t('timetable:editing.cancel')}</button>
      </div>
    </form>
  );
}
