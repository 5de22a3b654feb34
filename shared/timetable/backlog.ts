/** The backlog: sessions without a slot, found by words and narrowed by kind, theme and audience. */
import type { Audience, Project, Session, SessionKind } from '../model/schema.ts';
import { fullName } from '../model/people.ts';

export interface BacklogFilter {
  readonly search: string;
  readonly kind: SessionKind | null;
  /** A theme id, or null for any theme. */
  readonly themeId: string | null;
  readonly audience: Audience | null;
}

export const NO_FILTER: BacklogFilter = { search: '', kind: null, themeId: null, audience: null };

/** Lower case without accents, so "reseau" finds "Réseau". */
const withoutAccents = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Unscheduled sessions matching every word of the search (in title, description, theme or people) and each filter. */
export function backlogSessions(project: Project, filter: BacklogFilter): Session[] {
  const words = withoutAccents(filter.search).split(/\s+/).filter(Boolean);
  const people = new Map(project.people.map((p) => [p.id, fullName(p)]));
  const themes = new Map(project.themes.map((t) => [t.id, t.name]));
  return project.sessions.filter((s) => {
    if (s.slot) return false;
    if (filter.kind && s.kind !== filter.kind) return false;
    if (filter.themeId && s.themeId !== filter.themeId) return false;
    if (filter.audience && !s.audience.includes(filter.audience)) return false;
    if (!words.length) return true;
    const haystack = withoutAccents([s.title, s.description, themes.get(s.themeId ?? '') ?? '', ...s.people.map((p) => people.get(p.personId) ?? '')].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

export interface DaySummary {
  /** Sessions placed on the day. */
  readonly placed: number;
  /** Sessions of the whole event still without a slot. */
  readonly backlog: number;
}

export function daySummary(project: Project, day: string): DaySummary {
  let placed = 0;
  let backlog = 0;
  for (const s of project.sessions) {
    if (!s.slot) backlog += 1;
    else if (s.slot.day === day) placed += 1;
  }
  return { placed, backlog };
}
