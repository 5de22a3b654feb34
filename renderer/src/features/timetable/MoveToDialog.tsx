/** "Move to…": a session's room, day and start in one form, for jumps too long to drag; one undoable edit. */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditRejected } from '../../../../shared/edits/index.ts';
import { formatDay } from '../../../../shared/i18n/dates.ts';
import { timeString, type Session } from '../../../../shared/model/schema.ts';
import { roomColumns } from '../../../../shared/timetable/grid.ts';
import { useSelection } from '../../state/selection.ts';
import { useProjectStore } from '../../state/store.ts';
import { Field } from '../editing/fields.tsx';
import { focusCard, useCardActions } from './card-actions.ts';
import { useTimetable } from './timetable-context.ts';
import { useViewPrefs } from './view-prefs.ts';

function MoveToForm({ session }: { session: Session }) {
  const { project, t, day: shownDay } = useTimetable();
  const { i18n } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const close = useCardActions((s) => s.close);
  const dialog = useRef<HTMLDialogElement>(null);
  const [roomId, setRoomId] = useState(session.slot?.roomId ?? project.rooms[0]?.id ?? '');
  const [day, setDay] = useState(session.slot?.day ?? shownDay);
  const [start, setStart] = useState(session.slot?.start ?? '09:00');
  // Kept as codes, said at each render, so a language switch re-words them.
  const [timeError, setTimeError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<EditRejected | null>(null);
  const groups = useMemo(() => roomColumns(project, [], new Set()), [project]);
  const nested = project.sessions.filter((s) => s.parentId === session.id && s.slot).length;

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const cancel = () => {
    close();
    focusCard(session.id);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!timeString.safeParse(start).success) {
      setTimeError(start);
      return;
    }
    setTimeError(null);
    try {
      perform([{ type: 'sessions/place', payload: { sessionId: session.id, slot: { roomId, day, start } } }], 'timetable:undo.move');
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      setRefusal(error);
      return;
    }
    close();
    useViewPrefs.getState().setDay(day);
    // The grid shows the session where it now is, selected and focused.
    useSelection.getState().select(session.id);
  };

  return (
    <dialog
      ref={dialog}
      className="tt-move"
      aria-label={t('timetable:moveTo.title', { title: session.title })}
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
    >
      <form className="ed-form" onSubmit={submit} noValidate>
        <h2>{t('timetable:moveTo.title', { title: session.title })}</h2>
        <Field label={t('timetable:moveTo.room')}>
          {(props) => (
            <select {...props} value={roomId} onChange={(e) => setRoomId(e.target.value)}>
              {groups.map((g) => (
                <optgroup key={g.venue?.id ?? ''} label={g.venue?.name ?? t('timetable:otherVenue')}>
                  {g.rooms.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('timetable:moveTo.day')}>
          {(props) => (
            <select {...props} value={day} onChange={(e) => setDay(e.target.value)}>
              {project.event.days.map((d) => <option key={d.date} value={d.date}>{formatDay(d.date, i18n.language)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('timetable:moveTo.start')} error={timeError === null ? undefined : t('timetable:rejected.badTime', { value: timeError })}>
          {(props) => <input {...props} type="time" value={start} onChange={(e) => setStart(e.target.value)} required />}
        </Field>
        {nested > 0 && <p>{t('timetable:moveTo.nested', { count: nested })}</p>}
        {refusal && <p className="ed-form__general" role="alert">{t(refusal.code, refusal.params)}</p>}
        <div className="ed-form__actions">
          <button type="submit">{t('timetable:moveTo.submit')}</button>
          <button type="button" onClick={cancel}>{t('timetable:moveTo.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}

export function MoveToDialog() {
  const { project } = useTimetable();
  const moving = useCardActions((s) => s.moving);
  const session = moving ? project.sessions.find((s) => s.id === moving) : undefined;
  return session ? <MoveToForm key={session.id} session={session} /> : null;
}
