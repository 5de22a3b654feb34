/** What an import says row by row (row, column, what to do): one list for the registration and the poster imports. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/i18n/index.ts';
import type { ImportNote } from '../../../shared/import/notes.ts';
import { useGrowingCount } from './use-growing-count.ts';

/** Lines drawn per turn: a few milliseconds of the window's time. */
const NOTES_PER_STEP = 50;

/** Drawn again only for other notes, a step at a time: a long report is not rebuilt at each render of its dialog. */
export const ImportNotes = memo(function ImportNotes({ notes, label }: { readonly notes: readonly ImportNote[]; readonly label: string }) {
  const { t } = useTranslation();
  const shown = useGrowingCount(notes, NOTES_PER_STEP);
  return (
    // Focusable, so that a long report can be scrolled with the keyboard.
    <ul className="pt-report__list" tabIndex={0} aria-label={label}>
      {notes.slice(0, shown).map((note, i) => (
        <li key={i} className={`pt-note pt-note--${note.level}`}>
          {note.row !== undefined && <span className="pt-note__row">{t('common:where.row', { row: note.row })}</span>}
          {note.column && <span className="pt-note__column">{t('common:where.column', { column: note.column })}</span>}
          <span>{problemMessage(t, note)}</span>
        </li>
      ))}
    </ul>
  );
});
