import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { model } from '../../../shared/i18n/model.ts';
import { SCHEMA_MESSAGES } from '../../../shared/model/problems-from-zod.ts';
import { FORMAT } from '../../../shared/model/schema.ts';

function lookup(texts: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts);
}

describe('the model’s messages', () => {
  it('cover every English message the schema itself defines', async () => {
    const schemaSource = await readFile(new URL('../../../shared/model/schema.ts', import.meta.url), 'utf8');
    const defined = [...schemaSource.matchAll(/error: '([^']+)'/g)].map((m) => m[1]!);
    defined.push(`expected "${FORMAT}"`);
    expect(defined.length).toBeGreaterThan(10);
    for (const message of new Set(defined)) {
      const key = SCHEMA_MESSAGES[message];
      expect(key, `no translation for the schema's "${message}"`).toBeDefined();
      const path = key!.replace(/^model:/, '');
      expect(typeof lookup(model.fr, path), path).toBe('string');
      expect(typeof lookup(model.en, path), path).toBe('string');
    }
  });
});
