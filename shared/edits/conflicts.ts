/** Edits of the conflicts area: accept a warning with a note, change a rule's severity, turn a rule off. */
import type { Severity } from '../rules/types.ts';
import { RULE_IDS } from '../rules/catalogue.ts';
import { EditRejected, type EditHandlerMap } from './types.ts';

export const NOTE_MAX_LENGTH = 2000;

function knownRule(rule: string): void {
  if (!RULE_IDS.includes(rule)) throw new EditRejected('conflicts:edits.unknownRule', { rule });
}

export const conflictsEdits = {
  /** Accepts a warning (or information) under its stable key; accepting again replaces the note. */
  'conflicts/acknowledge': (draft, payload: { key: string; note: string }) => {
    const key = payload.key.trim();
    if (key === '') throw new EditRejected('conflicts:edits.emptyKey');
    const note = payload.note.trim();
    if (note.length > NOTE_MAX_LENGTH) throw new EditRejected('conflicts:edits.noteTooLong', { length: note.length, max: NOTE_MAX_LENGTH });
    const existing = draft.settings.acknowledgements.find((a) => a.key === key);
    if (existing) existing.note = note;
    else draft.settings.acknowledgements.push({ key, note });
  },
  'conflicts/withdraw': (draft, payload: { key: string }) => {
    const i = draft.settings.acknowledgements.findIndex((a) => a.key === payload.key);
    if (i >= 0) draft.settings.acknowledgements.splice(i, 1);
  },
  /** null brings back the rule's own severity. */
  'conflicts/setRuleSeverity': (draft, payload: { rule: string; severity: Severity | null }) => {
    knownRule(payload.rule);
    const setting = (draft.settings.rules[payload.rule] ??= { enabled: true, severity: null });
    setting.severity = payload.severity;
  },
  'conflicts/setRuleEnabled': (draft, payload: { rule: string; enabled: boolean }) => {
    knownRule(payload.rule);
    const setting = (draft.settings.rules[payload.rule] ??= { enabled: true, severity: null });
    setting.enabled = payload.enabled;
  },
} satisfies EditHandlerMap;
