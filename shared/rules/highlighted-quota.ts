/**
 * Highlighted posters should be shared equally between themes (the committee picked three per theme):
 * a theme with fewer highlighted posters than the best-served theme is flagged.
 */
import { finding } from './finding.ts';
import type { Rule } from './types.ts';

const id = 'highlighted-quota';

export const highlightedQuota: Rule = {
  id,
  severity: 'warning',
  checkProject(lookups, project, emit) {
    const { posters } = project.posterHall;
    if (!posters.some((p) => p.highlighted)) return;
    const perTheme = new Map<string, string[]>();
    // Only themes that have posters can be expected to have highlighted ones.
    for (const poster of posters) {
      if (poster.themeId === null || !lookups.themes.has(poster.themeId)) continue;
      const list = perTheme.get(poster.themeId) ?? [];
      if (poster.highlighted) list.push(poster.id);
      perTheme.set(poster.themeId, list);
    }
    const quota = Math.max(0, ...[...perTheme.values()].map((l) => l.length));
    for (const theme of project.themes) {
      const highlighted = perTheme.get(theme.id);
      if (!highlighted || highlighted.length >= quota) continue;
      emit(finding(
        id,
        `${id}:${theme.id}`,
        highlighted.map((posterId) => ({ kind: 'poster' as const, id: posterId })),
        { theme: theme.name, count: highlighted.length, quota, missing: quota - highlighted.length },
        [],
      ));
    }
  },
};
