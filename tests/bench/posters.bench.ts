/** Automatic poster assignment on a large hall: 2,000 posters, 1,100 double-sided boards, 8 themes, 10 % highlighted. */
import { posterHallSchema, type PosterHall, type Theme } from '../../shared/model/schema.ts';
import { assignPosters, type AssignmentResult } from '../../shared/posters/assign.ts';
import { generateLayout } from '../../shared/posters/layout.ts';
import { createRandom } from '../../shared/sample/random.ts';
import type { BenchCase } from './types.ts';

const POSTERS = 2000;
const BOARDS = 1100;
const THEMES = 8;
const HIGHLIGHTED = POSTERS / 10;

function largeHall(): { hall: PosterHall; themes: Theme[] } {
  const random = createRandom(12);
  const themes = Array.from({ length: THEMES }, (_, i) => ({ id: `theme-${i + 1}`, name: `Thème ${i + 1}`, color: '#336699', assumed: [] }));
  const entrances = [{ x: 0, y: 2, width: 3, label: '' }];
  const layout = generateLayout({ kind: 'rows', width: 120, depth: 70, faces: BOARDS * 2, primeFaces: HIGHLIGHTED, primeGroups: THEMES, gridStep: 0.5, entrances });
  if (layout.boards.length !== BOARDS) throw new Error(`expected ${BOARDS} boards, the generator made ${layout.boards.length}`);
  // Presenters drawn from fewer people than posters, so some present two or three.
  const posters = Array.from({ length: POSTERS }, (_, i) => ({
    id: `poster-${i + 1}`,
    title: `Poster ${i + 1}`,
    presenters: [`person-${random.int(1, 1500)}`],
    project: `PROJET-${random.int(1, 17)}`,
    themeId: themes[i % THEMES]!.id,
    highlighted: i < HIGHLIGHTED,
  }));
  return { hall: posterHallSchema.parse({ width: 120, depth: 70, entrances, boards: layout.boards, posters }), themes };
}

let input: ReturnType<typeof largeHall> | null = null;
let last: AssignmentResult | null = null;

export const benchmarks: BenchCase[] = [
  {
    name: 'assign 2,000 posters on 1,100 double-sided boards (8 themes, 10 % highlighted)',
    targetMs: 200,
    stat: 'median',
    iterations: 15,
    run: () => {
      input ??= largeHall();
      last = assignPosters(input.hall, input.themes);
    },
    note: () => {
      if (!last || !input) return undefined;
      const q = last.quality;
      // A presenter with posters in two themes cannot have them side by side when each theme keeps one stretch.
      const themesOf = new Map<string, Set<string | null>>();
      for (const p of input.hall.posters) for (const who of p.presenters) themesOf.set(who, (themesOf.get(who) ?? new Set()).add(p.themeId));
      const acrossThemes = [...themesOf.values()].filter((themes) => themes.size > 1).length;
      return `quality: penalty ${q.penalty}; ${q.themeChanges} theme changes (${THEMES - 1} unavoidable), ${q.themesSplit} themes split, ${q.highlightedOffPrime} highlighted off prime, ${q.presentersSplit} presenters split (${acrossThemes} present in several themes), ${q.unassigned} unassigned`;
    },
  },
];
