/** The chain of format upgrades: MIGRATIONS[n] turns a format-n document into format n + 1. Each step is pure. */
import { CURRENT_VERSION } from '../schema.ts';
import { v0ToV1 } from './v0-to-v1.ts';
import { v1ToV2 } from './v1-to-v2.ts';

export type JsonObject = { readonly [key: string]: unknown };
export type Migration = (doc: JsonObject) => JsonObject;

export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/** Brings a document of format `from` (0 ≤ from ≤ CURRENT_VERSION) up to CURRENT_VERSION. */
export function migrate(doc: JsonObject, from: number): JsonObject {
  let current = doc;
  for (let version = from; version < CURRENT_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from format ${version}`);
    current = step(current);
  }
  return current;
}
