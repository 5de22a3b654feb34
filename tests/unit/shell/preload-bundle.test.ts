import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const preload = join(process.env.REGIE_OUT ?? 'out', 'preload', 'preload.cjs');
const built = existsSync(preload);
if (!built) console.log(`Skipping the preload bundle check: ${preload} is not built (run \`npm run build\`).`);

// A sandboxed preload can only require('electron'): anything else must be bundled, and it must be CommonJS.
describe.skipIf(!built)('the built preload', () => {
  it('is CommonJS that requires nothing but electron', async () => {
    const code = await readFile(preload, 'utf8');
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).toContain('exposeInMainWorld');
  });
});
