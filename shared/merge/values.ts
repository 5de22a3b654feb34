/** Comparing the plain JSON values a project is made of. */

/** The base of a two-way merge: unlike anything, so every difference between mine and theirs is a choice. */
export const UNKNOWN: unique symbol = Symbol('unknown base');

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ak = Object.keys(a);
  if (ak.length !== Object.keys(b).length) return false;
  for (const k of ak) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A set element's identity: its JSON text (the elements are strings, or small objects such as time windows). */
export function elementKey(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function sameSet(a: readonly unknown[], b: readonly unknown[]): boolean {
  const keys = new Set(a.map(elementKey));
  const other = new Set(b.map(elementKey));
  return keys.size === other.size && [...other].every((k) => keys.has(k));
}
