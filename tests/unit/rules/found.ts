/** The conflicts of one rule as the Problems panel words them, in English and French. */
import type { Project } from '../../../shared/model/schema.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { findConflicts, type Conflict } from '../../../shared/rules/index.ts';

const en = createI18n('en');
const fr = createI18n('fr');

/** The conflicts of one rule, with their English and French messages, as the panel would show them. */
export function found(project: Project, rule: string): (Conflict & { en: string; fr: string })[] {
  return findConflicts(project)
    .filter((c) => c.rule === rule)
    .map((c) => ({ ...c, en: en.t(c.code, c.params), fr: fr.t(c.code, c.params) }));
}

/** Session ids a conflict involves, sorted. */
export const sessionsOf = (c: Conflict): string[] => c.items.filter((i) => i.kind === 'session').map((i) => i.id).sort();
