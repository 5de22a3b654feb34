/** Create or edit a session: what it is, who speaks, what it needs, and (optionally) where and when. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/model/people.ts';
import type { Edit } from '../../../../shared/edits/index.ts';
import type { SessionInput } from '../../../../shared/edits/catalogue.ts';
import { formatDay } from '../../../../shared/i18n/dates.ts';
import {
  AUDIENCES, EQUIPMENT, PERSON_ROLES, ROOM_LAYOUTS, SESSION_KINDS,
  type Audience, type Equipment, type PersonRole, type Project, type RoomLayout, type SessionKind, type Slot,
} from '../../../../shared/model/schema.ts';
import { freshId, validateSession } from '../../../../shared/edits/catalogue-checks.ts';
import type { Problem } from '../../../../shared/problems.ts';
import { asNumber, Field, useSave } from './fields.tsx';

interface SessionFormProps {
  readonly project: Project;
  /** null: a new session. */
  readonly sessionId: string | null;
  readonly slot?: Slot | undefined;
  readonly onDone: () => void;
}

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export function SessionForm({ project, sessionId, slot, onDone }: SessionFormProps) {
  const { t, i18n } = useTranslation();
  const existing = project.sessions.find((s) => s.id === sessionId) ?? null;
  const [title, setTitle] = useState(existing?.title ?? '');
  const [kind, setKind] = useState<SessionKind>(existing?.kind ?? 'talk');
  const [themeId, setThemeId] = useState(existing?.themeId ?? '');
  const [duration, setDuration] = useState(String(existing?.durationMinutes ?? 60));
  const [expected, setExpected] = useState(String(existing?.expectedAudience ?? 0));
  const [audience, setAudience] = useState<Audience[]>(existing?.audience ?? []);
  const [people, setPeople] = useState(existing?.people ?? []);
  const [equipment, setEquipment] = useState<Equipment[]>(existing?.needs.equipment ?? []);
  const [layout, setLayout] = useState<RoomLayout | ''>(existing?.needs.layout ?? '');
  const [parentId, setParentId] = useState(existing?.parentId ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const initialSlot = slot ?? existing?.slot ?? null;
  const [placed, setPlaced] = useState(initialSlot !== null);
  const [day, setDay] = useState(initialSlot?.day ?? project.event.days[0]!.date);
  const [roomId, setRoomId] = useState(initialSlot?.roomId ?? project.rooms[0]?.id ?? '');
  const [start, setStart] = useState(initialSlot?.start ?? '09:00');
  const { errors, general, save } = useSave();

  const id = existing?.id ?? freshId(project.sessions, 'session');
  const input = (): SessionInput => ({
    ...(existing ?? {}),
    id, kind, title: title.trim(), themeId: themeId || null,
    durationMinutes: asNumber(duration) as number, expectedAudience: asNumber(expected) as number,
    audience, people, needs: { equipment, layout: layout || null }, parentId: parentId || null, description,
    slot: existing?.slot ?? null,
  });

  const submit = () => {
    const draft = input();
    const problems: Problem[] = [...validateSession(project, { ...draft, slot: null }, existing?.id ?? null)];
    const changes = { ...draft } as Partial<SessionInput>;
    delete changes.id;
    delete changes.slot;
    const ok = save(problems, () => {
      const edits: Edit[] = existing
        ? [{ type: 'sessions/update', payload: { id, changes } }]
        : [{ type: 'sessions/create', payload: { session: { ...draft, slot: null } } }];
      const target = { roomId, day, start };
      const before = existing?.slot;
      if (placed && !(before && before.roomId === roomId && before.day === day && before.start === start)) edits.push({ type: 'sessions/place', payload: { sessionId: id, slot: target } });
      if (!placed && before) edits.push({ type: 'sessions/unschedule', payload: { sessionId: id } });
      return edits;
    });
    if (ok) onDone();
  };

  const duplicate = () => {
    if (!existing) return;
    const newId = freshId(project.sessions, 'session');
    if (save([], () => [{ type: 'sessions/duplicate', payload: { id: existing.id, newId, title: t('timetable:editing.copyOf', { name: existing.title }) } }])) onDone();
  };
  const remove = () => {
    if (existing && save([], () => [{ type: 'sessions/delete', payload: { id: existing.id } }])) onDone();
  };

  return (
    <form className="ed-form" aria-label={existing ? t('timetable:editing.editSession', { title: existing.title }) : t('timetable:editing.newSession')} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      {general && <p className="ed-form__general" role="alert">{general}</p>}
      <Field label={t('timetable:editing.title')} error={errors.title}>{(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}</Field>
      <Field label={t('timetable:backlog.kind')} error={errors.kind}>
        {(p) => <select {...p} value={kind} onChange={(e) => setKind(e.target.value as SessionKind)}>{SESSION_KINDS.map((k) => <option key={k} value={k}>{t(`labels:kind.${k}`)}</option>)}</select>}
      </Field>
      <Field label={t('timetable:backlog.theme')} error={errors.themeId}>
        {(p) => (
          <select {...p} value={themeId} onChange={(e) => setThemeId(e.target.value)}>
            <option value="">{t('timetable:editing.none')}</option>
            {project.themes.map((th) => <option key={th.id} value={th.id}>{th.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('timetable:editing.duration')} error={errors.durationMinutes}>{(p) => <input {...p} type="number" value={duration} onChange={(e) => setDuration(e.target.value)} />}</Field>
      <Field label={t('timetable:editing.expectedAudience')} error={errors.expectedAudience}>{(p) => <input {...p} type="number" value={expected} onChange={(e) => setExpected(e.target.value)} />}</Field>
      <fieldset className="ed-checks">
        <legend>{t('timetable:backlog.audience')}</legend>
        {AUDIENCES.map((a) => <label key={a}><input type="checkbox" checked={audience.includes(a)} onChange={() => setAudience(toggle(audience, a))} /> {t(`labels:audience.${a}`)}</label>)}
      </fieldset>
      <fieldset className="ed-people" data-invalid={errors.people ? 'true' : undefined}>
        <legend>{t('timetable:editing.people')}</legend>
        {people.map((p, i) => (
          <div key={i} className="ed-windows__row">
            <select aria-label={t('timetable:editing.person')} value={p.personId} onChange={(e) => setPeople(people.map((x, j) => (j === i ? { ...x, personId: e.target.value } : x)))}>
              {project.people.map((x) => <option key={x.id} value={x.id}>{fullName(x)}</option>)}
            </select>
            <select aria-label={t('timetable:editing.role')} value={p.role} onChange={(e) => setPeople(people.map((x, j) => (j === i ? { ...x, role: e.target.value as PersonRole } : x)))}>
              {PERSON_ROLES.map((r) => <option key={r} value={r}>{t(`labels:role.${r}`)}</option>)}
            </select>
            <button type="button" onClick={() => setPeople(people.filter((_, j) => j !== i))}>{t('timetable:editing.remove')}</button>
          </div>
        ))}
        {project.people.length > 0 && <button type="button" onClick={() => setPeople([...people, { personId: project.people[0]!.id, role: 'speaker' }])}>{t('timetable:editing.addPerson')}</button>}
        {errors.people && <p className="ed-field__error" role="alert">{errors.people}</p>}
      </fieldset>
      <fieldset className="ed-checks">
        <legend>{t('timetable:editing.needs')}</legend>
        {EQUIPMENT.map((x) => <label key={x}><input type="checkbox" checked={equipment.includes(x)} onChange={() => setEquipment(toggle(equipment, x))} /> {t(`labels:equipment.${x}`)}</label>)}
        <label>{t('timetable:editing.layout')}{' '}
          <select value={layout} onChange={(e) => setLayout(e.target.value as RoomLayout | '')}>
            <option value="">{t('timetable:editing.none')}</option>
            {ROOM_LAYOUTS.map((l) => <option key={l} value={l}>{t(`labels:layout.${l}`)}</option>)}
          </select>
        </label>
      </fieldset>
      <Field label={t('timetable:editing.parent')} error={errors.parentId}>
        {(p) => (
          <select {...p} value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t('timetable:editing.none')}</option>
            {project.sessions.filter((s) => s.id !== id && (s.kind === 'thematic-session' || s.id === parentId)).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('timetable:editing.description')} error={errors.description}>{(p) => <textarea {...p} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
      <fieldset className="ed-slot">
        <legend>{t('timetable:editing.slot')}</legend>
        <label><input type="checkbox" checked={placed} onChange={(e) => setPlaced(e.target.checked)} /> {t('timetable:editing.placed')}</label>
        {placed && (
          <>
            <select aria-label={t('timetable:editing.day')} value={day} onChange={(e) => setDay(e.target.value)}>{project.event.days.map((d) => <option key={d.date} value={d.date}>{formatDay(d.date, i18n.language)}</option>)}</select>
            <select aria-label={t('timetable:editing.room')} value={roomId} onChange={(e) => setRoomId(e.target.value)}>{project.rooms.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</select>
            <input type="time" aria-label={t('timetable:editing.start')} value={start} onChange={(e) => setStart(e.target.value)} />
          </>
        )}
      </fieldset>
      <div className="ed-form__actions">
        <button type="submit">{t('timetable:editing.save')}</button>
        {existing && <button type="button" onClick={duplicate}>{t('timetable:editing.duplicate')}</button>}
        {existing && <button type="button" onClick={remove}>{t('timetable:editing.delete')}</button>}
        <button type="button" onClick={onDone}>{t('timetable:editing.cancel')}</button>
      </div>
    </form>
  );
}
