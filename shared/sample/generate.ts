/** A large synthetic event for benchmarks and tests: deterministic from its seed. */
import type { Project } from '../model/schema.ts';

export interface GenerateOptions {
  readonly days: number;
  readonly rooms: number;
  readonly sessions: number;
  readonly participants: number;
  readonly posters: number;
  readonly seed: number;
}

export const LARGE_EVENT: GenerateOptions = { days: 3, rooms: 40, sessions: 1500, participants: 10000, posters: 600, seed: 1 };

export function generateEvent(_options: GenerateOptions): Project {
  throw new Error('not implemented');
}
