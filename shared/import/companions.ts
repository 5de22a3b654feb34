/** "Came with …" by e-mail or by name, linked both ways so tour groups keep people together. */
import type { Participant } from '../model/schema.ts';
import { fold } from '../model/fold.ts';
import { emailKey } from '../model/people.ts';

export type CompanionMatch = { readonly id: string } | { readonly problem: 'notFound' | 'ambiguous' };

/** Finds people by e-mail, or by "First Last" / "Last First" when the name is unique. */
export function companionFinder(participants: readonly Participant[]): (reference: string) => CompanionMatch {
  const byEmail = new Map<string, string>();
  let byName: Map<string, string[]> | null = null;
  const addName = (name: string, id: string) => {
    const key = fold(name);
    if (key === '') return;
    const ids = byName!.get(key);
    if (!ids) byName!.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const p of participants) if (p.email) byEmail.set(emailKey(p.email), p.id);
  // Names are indexed only when a reference is a name: folding 20,000 names is most of a large import's time.
  const names = (): Map<string, string[]> => {
    if (byName) return byName;
    byName = new Map();
    for (const p of participants) {
      addName(`${p.firstName} ${p.lastName}`, p.id);
      addName(`${p.lastName} ${p.firstName}`, p.id);
    }
    return byName;
  };
  return (reference) => {
    if (reference.includes('@')) {
      const id = byEmail.get(emailKey(reference));
      return id ? { id } : { problem: 'notFound' };
    }
    const ids = names().get(fold(reference)) ?? [];
    if (ids.length === 1) return { id: ids[0]! };
    return { problem: ids.length === 0 ? 'notFound' : 'ambiguous' };
  };
}

/** Adds each to the other's companions; returns the people whose list changed. */
export function linkCompanions(a: Participant, b: Participant): Participant[] {
  if (a.id === b.id) return [];
  const changed: Participant[] = [];
  if (!a.companionIds.includes(b.id)) {
    a.companionIds = [...a.companionIds, b.id];
    changed.push(a);
  }
  if (!b.companionIds.includes(a.id)) {
    b.companionIds = [...b.companionIds, a.id];
    changed.push(b);
  }
  return changed;
}
