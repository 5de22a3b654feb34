/**
 * Automatic assignment of posters to board faces, pure and deterministic. Pinned posters stay where they are;
 * each theme gets one stretch of the walk, placed so that its highlighted posters fall on prime boards; within a
 * theme, posters of the same presenter or project hang side by side; boards are numbered in walking order.
 */
import type { Poster, PosterHall, Theme } from '../model/schema.ts';
import { fits } from './fit.ts';
import { hallQuality, type HallQuality } from './quality.ts';
import { walkingFaces, type WalkFace } from './walk.ts';

export interface PosterPlacement {
  readonly posterId: string;
  readonly faceId: string;
  readonly boardNumber: number;
}

export interface AssignmentResult {
  /** Every poster that has a face (pinned ones included), in walking order. */
  readonly placements: readonly PosterPlacement[];
  /** Each board's number in walking order. */
  readonly boardNumbers: readonly { readonly boardId: string; readonly number: number }[];
  /** Posters left without a face: the hall is too small for them. */
  readonly unassigned: readonly string[];
  readonly quality: HallQuality;
}

interface ThemeGroup {
  readonly highlighted: readonly Poster[];
  readonly others: readonly Poster[];
  readonly size: number;
}

/** Where a theme's stretch lies among the free faces (indexes into them, both ends included). */
interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** Beyond this much work (orders tried × faces), only a few theme orders are tried. */
const ORDER_BUDGET = 400_000;

/** A poster's cluster: posters sharing a presenter or a project, so they can be hung together. */
function clustered(posters: readonly Poster[]): Poster[] {
  const parent = new Map<string, string>();
  const root = (key: string): string => {
    let r = key;
    while (parent.get(r) !== r) r = parent.get(r) ?? (parent.set(r, r), r);
    parent.set(key, r);
    return r;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  };
  for (const poster of posters) {
    const keys = [...poster.presenters.map((p) => `presenter:${p}`), ...(poster.project.trim() ? [`project:${poster.project.trim()}`] : [])];
    root(`poster:${poster.id}`);
    for (const key of keys) join(`poster:${poster.id}`, key);
  }
  // One sort key per poster, made once: cluster, then presenter, project, title.
  const keys = new Map(posters.map((p) => [p, [root(`poster:${p.id}`), p.presenters[0] ?? '', p.project, p.title, p.id].join('\u0000')]));
  return [...posters].sort((a, b) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

function themeGroups(posters: readonly Poster[], themes: readonly Pick<Theme, 'id'>[]): ThemeGroup[] {
  const rank = new Map(themes.map((theme, i) => [theme.id, i]));
  const byTheme = new Map<number, Poster[]>();
  for (const poster of posters) {
    const r = (poster.themeId === null ? undefined : rank.get(poster.themeId)) ?? themes.length;
    const list = byTheme.get(r);
    if (list) list.push(poster);
    else byTheme.set(r, [poster]);
  }
  return [...byTheme.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => {
      const ordered = clustered(list);
      return { highlighted: ordered.filter((p) => p.highlighted), others: ordered.filter((p) => !p.highlighted), size: ordered.length };
    });
}

/** The theme orders tried: every order for a few themes, else the project's order, its rotations and most highlighted first. */
function candidateOrders(count: number, groups: readonly ThemeGroup[], faces: number): number[][] {
  const identity = Array.from({ length: count }, (_, i) => i);
  let permutations = 1;
  for (let i = 2; i <= count; i++) permutations *= i;
  if (permutations * Math.max(1, faces) <= ORDER_BUDGET) {
    const all: number[][] = [];
    const build = (prefix: number[], rest: number[]) => {
      if (rest.length === 0) all.push(prefix);
      rest.forEach((g, i) => build([...prefix, g], [...rest.slice(0, i), ...rest.slice(i + 1)]));
    };
    build([], identity);
    return all;
  }
  const rotations = identity.map((shift) => identity.map((i) => (i + shift) % count));
  const mostHighlighted = [...identity].sort((a, b) => groups[b]!.highlighted.length - groups[a]!.highlighted.length || a - b);
  return [identity, mostHighlighted, ...rotations.slice(1)];
}

interface Plan {
  readonly stretches: readonly Stretch[];
  readonly unplaced: number;
  readonly offPrime: number;
}

/** Lays the themes' stretches along the free faces in the given order, each as short as it can be. */
function planStretches(order: readonly number[], groups: readonly ThemeGroup[], primeBefore: Int32Array, primeAt: readonly number[]): Plan {
  const total = primeBefore.length - 1;
  let remaining = order.reduce((n, g) => n + groups[g]!.size, 0);
  let cursor = 0;
  let unplaced = 0;
  let offPrime = 0;
  const stretches: Stretch[] = [];
  const primesIn = (s: number, e: number) => primeBefore[e + 1]! - primeBefore[s]!;
  for (const g of order) {
    const { size, highlighted } = groups[g]!;
    const h = highlighted.length;
    remaining -= size;
    if (cursor + size > total) {
      // The hall is too small: what fits is placed, the rest waits.
      const end = total - 1;
      stretches.push({ start: cursor, end });
      unplaced += size - Math.max(0, total - cursor);
      offPrime += cursor <= end ? h - Math.min(h, primesIn(cursor, end)) : h;
      cursor = total;
      continue;
    }
    let start = cursor;
    let end = cursor + size - 1;
    const hthPrime = primeAt[primeBefore[cursor]! + h - 1];
    if (h > 0 && hthPrime !== undefined && Math.max(end, hthPrime) + 1 + remaining <= total) {
      end = Math.max(end, hthPrime);
      // Shortest stretch ending there: its start moves up while it keeps enough faces and prime faces.
      start = Math.min(end - size + 1, primeAt[primeBefore[end + 1]! - h]!);
    }
    stretches.push({ start, end });
    offPrime += h - Math.min(h, primesIn(start, end));
    cursor = end + 1;
  }
  return { stretches, unplaced, offPrime };
}

/** Hangs posters on faces: those with needs first on faces that suit them, then the others in order. */
function hang(posters: readonly Poster[], faces: readonly WalkFace[], posterOf: Map<string, Poster>): Poster[] {
  const open = faces.filter((f) => !posterOf.has(f.face.id));
  const taken = new Set<string>();
  const rest: Poster[] = [];
  for (const poster of posters) {
    const demanding = poster.needs.length > 0 || poster.size !== 'A0-portrait';
    const face = demanding ? open.find((f) => !taken.has(f.face.id) && fits(poster, f.board)) : undefined;
    if (face) {
      taken.add(face.face.id);
      posterOf.set(face.face.id, poster);
    } else rest.push(poster);
  }
  const left: Poster[] = [];
  let i = 0;
  for (const poster of rest) {
    while (i < open.length && taken.has(open[i]!.face.id)) i++;
    const face = open[i];
    if (!face) {
      left.push(poster);
      continue;
    }
    taken.add(face.face.id);
    posterOf.set(face.face.id, poster);
  }
  return left;
}

/** A poster whose stretch had no face with what it needs moves to the nearest free face that has it: needs before neighbours. */
function rehangUnmetNeeds(faces: readonly WalkFace[], posterOf: Map<string, Poster>, pinned: ReadonlySet<string>): void {
  faces.forEach(({ board, face }, i) => {
    const poster = posterOf.get(face.id);
    if (!poster || pinned.has(poster.id) || fits(poster, board)) return;
    let best = -1;
    faces.forEach((other, j) => {
      if (!posterOf.has(other.face.id) && fits(poster, other.board) && (best < 0 || Math.abs(j - i) < Math.abs(best - i))) best = j;
    });
    if (best < 0) return;
    posterOf.delete(face.id);
    posterOf.set(faces[best]!.face.id, poster);
  });
}

export function assignPosters(hall: PosterHall, themes: readonly Pick<Theme, 'id'>[]): AssignmentResult {
  const faces = walkingFaces(hall);
  const known = new Set(faces.map((f) => f.face.id));
  const posterOf = new Map<string, Poster>();
  for (const poster of hall.posters) {
    if (poster.pinned && poster.boardFaceId && known.has(poster.boardFaceId) && !posterOf.has(poster.boardFaceId)) posterOf.set(poster.boardFaceId, poster);
  }
  const pinned = new Set([...posterOf.values()].map((p) => p.id));
  const free = faces.filter((f) => !posterOf.has(f.face.id));
  const groups = themeGroups(hall.posters.filter((p) => !pinned.has(p.id)), themes);

  const primeBefore = new Int32Array(free.length + 1);
  const primeAt: number[] = [];
  free.forEach((f, i) => {
    primeBefore[i + 1] = primeBefore[i]! + (f.board.prime ? 1 : 0);
    if (f.board.prime) primeAt.push(i);
  });
  let best: { order: number[]; plan: Plan } | null = null;
  for (const order of candidateOrders(groups.length, groups, free.length)) {
    const plan = planStretches(order, groups, primeBefore, primeAt);
    if (!best || plan.unplaced < best.plan.unplaced || (plan.unplaced === best.plan.unplaced && plan.offPrime < best.plan.offPrime)) best = { order, plan };
    if (plan.unplaced === 0 && plan.offPrime === 0) break;
  }

  const unassigned: string[] = [];
  best?.order.forEach((g, k) => {
    const { start, end } = best!.plan.stretches[k]!;
    const window = free.slice(start, end + 1);
    const group = groups[g]!;
    const offPrime = hang(group.highlighted, window.filter((f) => f.board.prime), posterOf);
    const left = hang([...offPrime, ...group.others], window, posterOf);
    unassigned.push(...left.map((p) => p.id));
  });

  rehangUnmetNeeds(faces, posterOf, pinned);

  const placements = faces.flatMap(({ face, number }) => {
    const poster = posterOf.get(face.id);
    return poster ? [{ posterId: poster.id, faceId: face.id, boardNumber: number }] : [];
  });
  const boardNumbers = [...new Map(faces.map((f) => [f.board.id, f.number])).entries()].map(([boardId, number]) => ({ boardId, number }));
  return { placements, boardNumbers, unassigned, quality: hallQuality(faces, posterOf, hall) };
}
