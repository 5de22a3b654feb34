/** Electron's security checklist, read from the sources: a change that loosens it fails here, not in a review. */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFile(join(root, path), 'utf8');

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|tsx|css|html|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

const metaPolicy = (html: string): string => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the desktop window', () => {
  it('runs sandboxed, isolated, without Node, webviews or middle-click windows', async () => {
    const shell = await read('main/index.ts');
    for (const setting of ['sandbox: true', 'contextIsolation: true', 'nodeIntegration: false', 'webSecurity: true', 'webviewTag: false', "disableBlinkFeatures: 'Auxclick'"]) {
      expect(shell, setting).toContain(setting);
    }
    expect(shell).not.toMatch(/nodeIntegration(InWorker|InSubFrames)?:\s*true|allowRunningInsecureContent:\s*true|experimentalFeatures:\s*true/);
  });

  it('never navigates, opens no other window and grants no permission', async () => {
    const shell = await read('main/index.ts');
    for (const navigation of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(shell, navigation).toContain(`on('${navigation}', (event) => event.preventDefault())`);
    }
    expect(shell).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(shell).toMatch(/setPermissionRequestHandler\([^)]*\) => callback\(false\)\)/);
    expect(shell).not.toMatch(/shell\.openExternal/);
  });

  it('has one content security policy, the same in the page and in the response header, with no inline or remote script', async () => {
    const page = metaPolicy(await read('renderer/index.html'));
    const header = /CONTENT_SECURITY_POLICY =\s*"([^"]+)"/.exec(await read('main/index.ts'))?.[1];
    expect(page).not.toBe('');
    expect(header).toBe(page);
    expect(page).toContain("script-src 'self';");
    expect(page).toContain("object-src 'none'");
    expect(page).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('what touches Electron and the network', () => {
  it('imports electron only in the thin shell and the preload', async () => {
    const files = [...(await sourceFiles('main')), ...(await sourceFiles('shared')), ...(await sourceFiles('renderer'))];
    const importers: string[] = [];
    for (const file of files) if (/from 'electron'|require\('electron'\)/.test(await read(file))) importers.push(file);
    expect(importers.sort()).toEqual(['main/index.ts', 'main/preload.ts']);
  });

  it('loads nothing from the network: no remote URL in the page, its styles or its code', async () => {
    const remote: string[] = [];
    for (const file of await sourceFiles('renderer')) {
      // Links in comments are documentation; what counts is a URL the page would fetch.
      const code = (await read(file)).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
      if (/(url\(|src=|href=|import\s*\(|from\s*)\s*['"]?https?:\/\//.test(code) || /fetch\(/.test(code)) remote.push(file);
    }
    expect(remote).toEqual([]);
  });
});
