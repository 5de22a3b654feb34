/** Form pieces shared by the editing forms: a labelled field with its message, time windows, and the save that refuses cleanly. */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeWindow } from '../../../../shared/model/schema.ts';
import { EditRejected, type Edit } from '../../../../shared/edits/index.ts';
import { formatDay } from '../../../../shared/i18n/dates.ts';
import { problemMessage } from '../../../../shared/i18n/index.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { useProjectStore } from '../../state/store.ts';

export function Field({ label, error, children }: { label: string; error?: string | undefined; children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="ed-field" data-invalid={error ? 'true' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children(error ? { id, 'aria-invalid': true, 'aria-describedby': errorId } : { id })}
      {error && <p id={errorId} className="ed-field__error" role="alert">{error}</p>}
    </div>
  );
}

/** Opening hours or availability: rows of day, start and end. */
export function WindowsField({ label, days, value, onChange, error }: { label: string; days: readonly string[]; value: readonly TimeWindow[]; onChange: (v: TimeWindow[]) => void; error?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const set = (i: number, patch: Partial<TimeWindow>) => onChange(value.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  return (
    <fieldset className="ed-windows" data-invalid={error ? 'true' : undefined}>
      <legend>{label}</legend>
      {value.map((w, i) => (
        <div key={i} className="ed-windows__row">
          <select aria-label={t('timetable:editing.day')} value={w.day} onChange={(e) => set(i, { day: e.target.value })}>
            {[...new Set([...days, w.day])].map((d) => <option key={d} value={d}>{formatDay(d, i18n.language)}</option>)}
          </select>
          <input type="time" aria-label={t('timetable:editing.from')} value={w.start} onChange={(e) => set(i, { start: e.target.value })} />
          <input type="time" aria-label={t('timetable:editing.to')} value={w.end} onChange={(e) => set(i, { end: e.target.value })} />
          <button type="button" onClick={() => onChange(value.filter((_, j) => j !== i))}>{t('timetable:editing.removeWindow')}</button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { day: days[0] ?? '', start: '09:00', end: '18:00' }])}>{t('timetable:editing.addWindow')}</button>
      {error && <p className="ed-field__error" role="alert">{error}</p>}
    </fieldset>
  );
}

/** Validates, then performs the gesture as one undo step; a refusal shows its message and changes nothing. */
export function useSave(): { errors: Record<string, string>; general: string | null; save: (problems: readonly Problem[], edits: () => Edit[]) => boolean } {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  // Problems and refusals are kept as codes and said at each render, so a language switch re-words them.
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [general, setGeneral] = useState<Problem | null>(null);
  const save = (found: readonly Problem[], edits: () => Edit[]): boolean => {
    if (found.length) {
      setProblems(found);
      setGeneral({ code: 'timetable:editing.notSaved' });
      return false;
    }
    try {
      perform(edits(), 'timetable:undo.edit');
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      setProblems([]);
      setGeneral({ code: error.code, params: error.params });
      return false;
    }
    setProblems([]);
    setGeneral(null);
    return true;
  };
  const errors: Record<string, string> = {};
  for (const p of problems) errors[p.path ?? ''] ??= problemMessage(t, p);
  return { errors, general: general && problemMessage(t, general), save };
}

/** A number field keeps what was typed, so "-5" or "abc" reaches the check and its message. */
export const asNumber = (text: string): number | string => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));
