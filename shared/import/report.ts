/** The import report as rows for a CSV the organiser can keep: row, column, value, what happened and what to do. */
import type { TFunction } from 'i18next';
import { problemMessage } from '../i18n/index.ts';
import type { Conflict } from '../rules/index.ts';
import type { ImportNote, NoteLevel } from './notes.ts';
import type { ImportSummary } from './preview.ts';

const ORDER: Readonly<Record<NoteLevel, number>> = { error: 0, warning: 1, info: 2 };

/** Rejected lines first, then warnings, then what was done; each group in row order. */
export function sortNotes(notes: readonly ImportNote[]): ImportNote[] {
  return [...notes].sort((a, b) => ORDER[a.level] - ORDER[b.level] || (a.row ?? Infinity) - (b.row ?? Infinity));
}

export function summaryLine(t: TFunction, summary: ImportSummary): string {
  return t('participants:import.summary', { ...summary });
}

/** The report: the summary, every note, then what the import changes in the plan (new or worse problems). */
export function reportRows(t: TFunction, summary: ImportSummary, notes: readonly ImportNote[], changes: readonly Conflict[] = []): string[][] {
  const header = (['row', 'column', 'value', 'level', 'message'] as const).map((key) => t(`participants:report.${key}`));
  const lines = sortNotes(notes).map((note) => [
    note.row === undefined ? '' : String(note.row),
    note.column ?? '',
    note.value ?? '',
    t(`participants:report.levels.${note.level}`),
    problemMessage(t, note),
  ]);
  const planLines = changes.length === 0
    ? [[t('participants:report.noPlanChange')]]
    : changes.map((c) => ['', '', '', t(`conflicts:severity.${c.severity}`), t(c.code, c.params)]);
  return [[summaryLine(t, summary)], header, ...lines, [], [t('participants:report.planChanges')], ...planLines];
}
