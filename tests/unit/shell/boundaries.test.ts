/** The layers, read from the sources: shared/ imports only shared/ and plain libraries; the window never imports main/. */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function codeFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

/** Every module a file names in an import, export … from, or dynamic import. */
async function importsOf(file: string): Promise<string[]> {
  const code = await readFile(file, 'utf8');
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2] ?? '');
}

/** `specifier` as `file` names it: a path relative to the repository for a relative import, else the package name. */
const target = (file: string, specifier: string): string =>
  specifier.startsWith('.') ? relative(root, resolve(dirname(file), specifier)) : specifier;

async function crossings(folder: string, allowed: (target: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of await codeFiles(folder)) {
    for (const specifier of await importsOf(file)) {
      const to = target(file, specifier);
      if (!allowed(to)) found.push(`${relative(root, file)} → ${to}`);
    }
  }
  return found;
}

/** Libraries the domain may use: no Node, DOM, React or Electron of their own (uuid ships one build for each runtime). */
const DOMAIN_LIBRARIES = new Set(['zod', 'immer', 'i18next', 'fast-xml-parser', 'uuid']);

describe('the layers', () => {
  it('keeps shared/ to itself and plain libraries', async () => {
    expect(await crossings('shared', (to) => to.startsWith('shared/') || DOMAIN_LIBRARIES.has(to))).toEqual([]);
  });

  it('keeps the window out of main/ and away from Node and Electron', async () => {
    const crossed = await crossings('renderer/src', (to) => !to.startsWith('main/') && !to.startsWith('node:') && to !== 'electron');
    expect(crossed).toEqual([]);
  });

  it('finds a planted crossing (the check itself works)', async () => {
    const planted = join(root, 'shared', 'model', 'schema.ts');
    expect(target(planted, '../../main/services/project-files.ts')).toBe('main/services/project-files.ts');
    expect((await importsOf(planted)).length).toBeGreaterThan(0);
  });
});
