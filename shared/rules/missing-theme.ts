/**
 * A thematic session or a talk without a theme. Keynotes may be transverse, workshops and breaks have none;
 * a talk takes the theme of the thematic session it is nested in, and a talk inside an institutional or
 * plenary session (a strategy presentation, say) is transverse like its parent.
 */
import type { SessionKind } from '../model/schema.ts';
import { finding } from './finding.ts';
import { sessionItem } from './lookups.ts';
import type { Rule } from './types.ts';

const id = 'missing-theme';
const THEMED_KINDS: ReadonlySet<SessionKind> = new Set(['thematic-session', 'talk']);

export const missingTheme: Rule = {
  id,
  severity: 'info',
  checkSession(sessionId, lookups, emit) {
    const session = lookups.sessions.get(sessionId);
    if (!session || !THEMED_KINDS.has(session.kind) || hasTheme(session.themeId, lookups)) return;
    const parent = session.parentId === null ? undefined : lookups.sessions.get(session.parentId);
    if (parent && (parent.kind !== 'thematic-session' || hasTheme(parent.themeId, lookups))) return;
    emit(finding(id, `${id}:${sessionId}`, [sessionItem(sessionId)], { session: session.title }, [sessionId, ...(parent ? [parent.id] : [])]));
  },
};

const hasTheme = (themeId: string | null, lookups: { themes: ReadonlyMap<string, unknown> }): boolean =>
  themeId !== null && lookups.themes.has(themeId);
