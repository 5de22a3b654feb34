/** `regie info <file> [--json]`: what a project holds, counted per kind. */
import { SESSION_KINDS, type Project, type SessionKind } from '../../shared/model/schema.ts';
import type { CliCommand } from './io.ts';
import { openForCli, parseCli } from './validate.ts';
import { keyOf } from '../../shared/i18n/typed-keys.ts';

/** The counts `regie info` shows; also its --json output, so scripts and tests read the same figures. */
export function projectCounts(project: Project) {
  const byKind = Object.fromEntries(SESSION_KINDS.map((kind) => [kind, 0])) as Record<SessionKind, number>;
  const children = new Map<string, { keynotes: number; talks: number }>();
  for (const session of project.sessions) {
    byKind[session.kind] += 1;
    if (session.parentId === null) continue;
    const counts = children.get(session.parentId) ?? { keynotes: 0, talks: 0 };
    if (session.kind === 'keynote') counts.keynotes += 1;
    if (session.kind === 'talk') counts.talks += 1;
    children.set(session.parentId, counts);
  }
  const posters = project.posterHall.posters;
  const highlighted = posters.filter((poster) => poster.highlighted);
  const themeIds = [...project.themes.map((theme) => theme.id as string | null), null];
  return {
    event: { name: project.event.name, days: project.event.days.map((day) => day.date) },
    venues: project.venues.length,
    rooms: project.rooms.length,
    themes: project.themes.length,
    people: project.people.length,
    sessions: {
      total: project.sessions.length,
      scheduled: project.sessions.filter((session) => session.slot !== null).length,
      backlog: project.sessions.filter((session) => session.slot === null).length,
      byKind,
    },
    thematicSessions: project.sessions
      .filter((session) => session.kind === 'thematic-session')
      .map((session) => ({ id: session.id, title: session.title, ...(children.get(session.id) ?? { keynotes: 0, talks: 0 }) })),
    hackathons: byKind.hackathon,
    workshops: byKind.workshop,
    posters: {
      total: posters.length,
      placed: posters.filter((poster) => poster.boardFaceId !== null).length,
      highlighted: highlighted.length,
      highlightedByTheme: themeIds
        .map((themeId) => ({
          themeId,
          theme: project.themes.find((theme) => theme.id === themeId)?.name ?? null,
          count: highlighted.filter((poster) => poster.themeId === themeId).length,
        }))
        .filter((entry) => entry.themeId !== null || entry.count > 0),
    },
    participants: project.participants.length,
    tours: { total: project.tours.length, groups: project.tours.reduce((sum, tour) => sum + tour.groups.length, 0) },
  };
}

export const run: CliCommand = async (args, io) => {
  const usage = 'model:cli.info.usage';
  const parsed = parseCli({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } }, args, io, usage);
  if (!parsed) return 2;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    io.err(io.t(usage));
    return 2;
  }
  const opened = await openForCli(file, io);
  if (typeof opened === 'number') return opened;
  const counts = projectCounts(opened.project);
  if (parsed.values.json) {
    io.out(JSON.stringify({ file, ...counts, repairs: opened.repairs.length }, null, 2));
    return 0;
  }
  const t = (key: string, params: Record<string, unknown>) => io.out(io.t(keyOf(`model:cli.info.${key}`), params));
  t('event', { name: counts.event.name, days: counts.event.days.length, dates: counts.event.days.join(', ') });
  t('venues', { count: counts.venues });
  t('rooms', { count: counts.rooms });
  t('themes', { count: counts.themes });
  t('people', { count: counts.people });
  t('sessions', { count: counts.sessions.total, scheduled: counts.sessions.scheduled, backlog: counts.sessions.backlog });
  for (const kind of SESSION_KINDS) {
    if (counts.sessions.byKind[kind] > 0) t('kind', { kind: io.t(`labels:kind.${kind}`), count: counts.sessions.byKind[kind] });
  }
  t('thematic', { count: counts.thematicSessions.length });
  for (const session of counts.thematicSessions) t('thematicOne', session);
  t('hackathons', { count: counts.hackathons });
  t('workshops', { count: counts.workshops });
  t('posters', { count: counts.posters.total, placed: counts.posters.placed, highlighted: counts.posters.highlighted });
  for (const entry of counts.posters.highlightedByTheme) {
    t('highlightedTheme', { theme: entry.theme ?? io.t('model:cli.info.noTheme'), count: entry.count });
  }
  t('participants', { count: counts.participants });
  t('tours', { count: counts.tours.total, groups: counts.tours.groups });
  if (opened.repairs.length > 0) t('repairs', { count: opened.repairs.length });
  return 0;
};
