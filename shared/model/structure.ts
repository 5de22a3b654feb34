/**
 * Checks a parsed `.regie` document's shape before anything walks it recursively: nesting depth and text length
 * have stated limits (a hostile file otherwise exhausts the stack or the memory), and `__proto__` keys, which
 * validation drops, are reported. The walk keeps its own stack, so it never overflows.
 */
import { formatPath, type Problem } from '../problems.ts';

/** The format nests about ten levels deep (a tour's group's member list); anything far beyond is not Régie's. */
export const MAX_NESTING_DEPTH = 64;
/** Longer than any note or title an organiser writes (about 60 printed pages). */
export const MAX_TEXT_LENGTH = 200_000;
/** Keys JavaScript gives a meaning to; validation leaves them out, so the user is told. */
const RESERVED_KEYS = new Set(['__proto__']);

export interface StructureCheck {
  /** The document cannot be opened: it says where and why. */
  readonly refusals: readonly Problem[];
  /** What validation will leave out, said to the user. */
  readonly repairs: readonly Problem[];
}

interface Visit {
  readonly value: unknown;
  readonly key: PropertyKey | null;
  readonly parent: Visit | null;
  readonly depth: number;
}

function pathOf(visit: Visit): string {
  const keys: PropertyKey[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) keys.push(at.key);
  return formatPath(keys.reverse());
}

export function checkStructure(doc: unknown): StructureCheck {
  const repairs: Problem[] = [];
  const stack: Visit[] = [{ value: doc, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value === 'string') {
      if (value.length > MAX_TEXT_LENGTH) {
        return { refusals: [{ code: 'files:structure.textTooLong', path: pathOf(visit), params: { length: value.length, limit: MAX_TEXT_LENGTH } }], repairs };
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_NESTING_DEPTH) {
      return { refusals: [{ code: 'files:structure.tooDeep', path: shortPath(pathOf(visit)), params: { limit: MAX_NESTING_DEPTH } }], repairs };
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const child: Visit = { value: (value as Record<string, unknown>)[key], key, parent: visit, depth: depth + 1 };
      if (RESERVED_KEYS.has(key)) repairs.push({ code: 'files:structure.reservedKey', path: pathOf(child) });
      else stack.push(child);
    }
  }
  return { refusals: [], repairs };
}

/** A path through a thousand nested lists is unreadable: its start says where, and the depth says the rest. */
function shortPath(path: string): string {
  return path.length > 120 ? `${path.slice(0, 120)}…` : path;
}
