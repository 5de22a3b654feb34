/**
 * How good a poster hall's assignment is, as the organiser judges it: themes changing along the walk, highlighted
 * posters away from prime boards, a presenter's posters apart, needs not met, posters without a face.
 */
import type { Poster, PosterHall } from '../model/schema.ts';
import { fits } from './fit.ts';
import type { WalkFace } from './walk.ts';

export interface HallQuality {
  /** Times the theme changes between one poster and the next along the walk. */
  readonly themeChanges: number;
  /** Themes shown in more than one stretch of the walk. */
  readonly themesSplit: number;
  readonly highlightedOffPrime: number;
  /** Presenters with several posters that are not side by side. */
  readonly presentersSplit: number;
  /** Posters on a board too narrow or without the power or table they need. */
  readonly needsUnmet: number;
  readonly unassigned: number;
  /** Faces the hall lacks to give every poster one (0 when it has enough). */
  readonly missingFaces: number;
  /** The sum of what could be better: 0 is a perfect hall. Theme changes count beyond the one per theme that cannot be avoided. */
  readonly penalty: number;
}

/** Each presenter's posters. */
function byPresenter(posters: readonly Poster[]): Map<string, Poster[]> {
  const groups = new Map<string, Poster[]>();
  for (const poster of posters) {
    for (const presenter of new Set(poster.presenters)) {
      const list = groups.get(presenter);
      if (list) list.push(poster);
      else groups.set(presenter, [poster]);
    }
  }
  return groups;
}

/** The figures for posters placed on faces (`posterOf`: face id → poster), the faces given in walking order. */
export function hallQuality(faces: readonly WalkFace[], posterOf: ReadonlyMap<string, Poster>, hall: Pick<PosterHall, 'posters'>): HallQuality {
  const walk: Poster[] = [];
  let highlightedOffPrime = 0;
  let needsUnmet = 0;
  for (const { board, face } of faces) {
    const poster = posterOf.get(face.id);
    if (!poster) continue;
    walk.push(poster);
    if (poster.highlighted && !board.prime) highlightedOffPrime++;
    if (!fits(poster, board)) needsUnmet++;
  }
  let themeChanges = 0;
  const stretches = new Map<string, number>();
  walk.forEach((poster, i) => {
    const theme = poster.themeId ?? '';
    if (i > 0 && (walk[i - 1]!.themeId ?? '') === theme) return;
    if (i > 0) themeChanges++;
    stretches.set(theme, (stretches.get(theme) ?? 0) + 1);
  });
  const position = new Map(walk.map((poster, i) => [poster.id, i]));
  let presentersSplit = 0;
  for (const group of byPresenter(walk).values()) {
    if (group.length < 2) continue;
    const places = group.map((p) => position.get(p.id)!).sort((a, b) => a - b);
    if (places.at(-1)! - places[0]! !== places.length - 1) presentersSplit++;
  }
  const themesSplit = [...stretches.values()].filter((n) => n > 1).length;
  const unassigned = hall.posters.length - walk.length;
  const missingFaces = Math.max(0, hall.posters.length - faces.length);
  const unavoidable = Math.max(0, stretches.size - 1);
  return {
    themeChanges,
    themesSplit,
    highlightedOffPrime,
    presentersSplit,
    needsUnmet,
    unassigned,
    missingFaces,
    penalty: themeChanges - unavoidable + highlightedOffPrime + presentersSplit + needsUnmet + unassigned,
  };
}
