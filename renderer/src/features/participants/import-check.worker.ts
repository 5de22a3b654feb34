/** The import dialog's checking worker: the preview and the plan's before/after check, off the window's thread. */
import { createI18n } from '../../../../shared/i18n/index.ts';
import { planChanges, previewImport, reportRows, sortNotes, type ImportPreview } from '../../../../shared/import/index.ts';
import type { ReadList } from '../../../../shared/ipc.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import type { Conflict } from '../../../../shared/rules/index.ts';
import { NOTES_SHOWN, PEOPLE_PER_PART, type CheckRequest, type FromChecker, type ToChecker } from './import-check-messages.ts';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ToChecker>) => void) | null; postMessage(message: FromChecker): void };

let rows: readonly (readonly string[])[] = [];
let formulaCells: readonly (readonly [number, number])[] = [];
let project: Project | null = null;
let last: { readonly id: number; readonly plan: ImportPreview; readonly changes: readonly Conflict[] } | null = null;
/** Only the newest request is worth checking: older ones that queued up meanwhile are dropped. */
let pending: { readonly id: number; readonly request: CheckRequest } | null = null;

function check(id: number, request: CheckRequest, base: Project): void {
  scope.postMessage({ type: 'step', id, step: 1 });
  const plan = previewImport(base, rows, request.headerIndex, request.targets, { removeMissing: request.removeMissing, formulaCells });
  scope.postMessage({ type: 'step', id, step: 2 });
  const changes = planChanges(base, plan);
  last = { id, plan, changes };
  const sorted = sortNotes(plan.notes);
  scope.postMessage({
    type: 'checked',
    id,
    result: {
      summary: plan.summary,
      problems: sorted.filter((note) => note.level !== 'info').slice(0, NOTES_SHOWN),
      allNotes: sorted.slice(0, NOTES_SHOWN),
      changes,
      mappingBroken: plan.notes.some((note) => note.code.endsWith('NotMapped')),
      importable: plan.upserts.length > 0 || plan.removeIds.length > 0,
    },
  });
}

function checkPending(): void {
  const next = pending;
  pending = null;
  if (next && project) check(next.id, next.request, project);
}

scope.onmessage = ({ data: message }) => {
  switch (message.type) {
    case 'list': {
      const { table } = JSON.parse(message.json) as ReadList;
      rows = table.rows;
      formulaCells = table.formulaCells ?? [];
      return;
    }
    case 'project':
      project = message.base;
      return;
    case 'projectPart':
      // The base arrived as a copy of its own: its lists can grow in place.
      if (project) for (const item of message.items) (project[message.key] as unknown[]).push(item);
      return;
    case 'check':
      // Checked after the messages already waiting are read, so a burst of changes costs one check.
      if (!pending) setTimeout(checkPending);
      pending = message;
      return;
    case 'payload':
      if (last?.id === message.id) {
        const { upserts, removeIds } = last.plan;
        const parts: string[] = [];
        for (let from = 0; from < upserts.length; from += PEOPLE_PER_PART) parts.push(JSON.stringify(upserts.slice(from, from + PEOPLE_PER_PART)));
        scope.postMessage({ type: 'payload', id: message.id, parts, removeIds });
      }
      return;
    case 'report':
      if (last?.id === message.id) {
        const rows = reportRows(createI18n(message.language).t, last.plan.summary, last.plan.notes, last.changes);
        scope.postMessage({ type: 'report', id: message.id, rows });
      }
  }
};
