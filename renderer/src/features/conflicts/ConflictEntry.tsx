/** One problem: its message (a click shows the item), and for warnings a way to accept it with a note. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { NOTE_MAX_LENGTH } from '../../../../shared/edits/conflicts.ts';
import { useProjectStore } from '../../state/store.ts';
import { SeverityIcon } from './SeverityIcon.tsx';
import { showAction } from './show-item.ts';

function AcknowledgeForm({ conflictKey, onDone }: { conflictKey: string; onDone: () => void }) {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const [note, setNote] = useState('');
  const noteId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    perform([{ type: 'conflicts/acknowledge', payload: { key: conflictKey, note } }], 'conflicts:history.acknowledge');
    onDone();
  };
  return (
    <form className="problem__acknowledge" onSubmit={submit} aria-label={t('conflicts:panel.acknowledgeTitle')}>
      <label htmlFor={noteId}>{t('conflicts:panel.noteLabel')}</label>
      <textarea id={noteId} value={note} maxLength={NOTE_MAX_LENGTH} rows={2} onChange={(e) => setNote(e.target.value)} autoFocus />
      <div className="problem__actions">
        <button type="submit">{t('conflicts:panel.confirm')}</button>
        <button type="button" onClick={onDone}>
          {t('conflicts:panel.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ConflictEntry({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const [accepting, setAccepting] = useState(false);
  const message = t(conflict.code, conflict.params);
  const show = showAction(conflict);
  const withdraw = () => perform([{ type: 'conflicts/withdraw', payload: { key: conflict.key } }], 'conflicts:history.withdraw');

  return (
    <li className="problem" data-severity={conflict.severity} data-acknowledged={conflict.acknowledged || undefined}>
      <SeverityIcon severity={conflict.severity} />
      <div className="problem__body">
        {show ? (
          <button type="button" className="problem__message" onClick={show} title={t('conflicts:panel.select')}>
            {message}
          </button>
        ) : (
          <p className="problem__message">{message}</p>
        )}
        {conflict.acknowledged && (
          <p className="problem__note">{conflict.note ? t('conflicts:panel.acknowledgedNote', { note: conflict.note }) : t('conflicts:panel.acknowledged')}</p>
        )}
        {accepting && <AcknowledgeForm conflictKey={conflict.key} onDone={() => setAccepting(false)} />}
      </div>
      {conflict.severity !== 'error' && !accepting && (
        <button type="button" className="problem__side-action" onClick={conflict.acknowledged ? withdraw : () => setAccepting(true)}>
          {conflict.acknowledged ? t('conflicts:panel.withdraw') : t('conflicts:panel.acknowledge')}
        </button>
      )}
    </li>
  );
}
