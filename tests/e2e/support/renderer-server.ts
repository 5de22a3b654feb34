/** Serves the built renderer on a made-up origin through Playwright routes: no server, no network. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

export const ORIGIN = 'https://regie.invalid';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The folder the build wrote the renderer to (REGIE_OUT lets a run build into its own folder). */
export function rendererFolder(): string {
  const folder = resolve(process.env.REGIE_OUT ?? 'out', 'renderer');
  if (!existsSync(join(folder, 'index.html'))) {
    throw new Error(`The built renderer is missing (${join(folder, 'index.html')}): run \`npm run build\` first.`);
  }
  return folder;
}

/** Answers requests to ORIGIN from the built files; any other request is refused. */
export async function serveRenderer(context: BrowserContext, folder: string): Promise<void> {
  // Registered first, so it only sees what the origin route below does not take.
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '') || 'index.html';
    const file = join(folder, relative);
    if (!file.startsWith(folder + sep)) return route.fulfill({ status: 403, body: 'outside the renderer folder' });
    try {
      const body = await readFile(file);
      return route.fulfill({ status: 200, body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: `not built: ${relative}` });
    }
  });
}
