/** The reference event: PEPR Santé Numérique annual days 2025 (Lille), as a project document. */
import type { Project } from '../model/schema.ts';

export function sampleProject(): Project {
  throw new Error('not implemented');
}
