/** The hall plan exported as SVG and PNG through the exportHallPlan channel, and the posters workbook naming presenters. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../../main/ipc.ts';
import { createAppServices } from '../../../main/services/app-services.ts';
import { openPreferences } from '../../../main/services/preferences.ts';
import { postersContent } from '../../../shared/exports/posters.ts';
import { exportContext } from '../../../shared/exports/context.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

async function handlersSavingTo(paths: string[]) {
  const folder = await mkdtemp(join(tmpdir(), 'regie-plan-'));
  const preferences = await openPreferences(join(folder, 'user-data'), (options) => new Conf(options));
  const handlers = createHandlers(createAppServices({
    preferences, version: '1.0.0', systemLocale: 'en-GB',
    dialogs: { showOpen: async () => null, showSave: async () => paths.shift() ?? null, showFolder: async () => null, revealFolder: async () => undefined },
  }));
  return { folder, handlers };
}

/** How many pixels of a PNG (8-bit RGB, no filter, as Régie writes it) have the colour. */
function pixelsOf(png: Buffer, hex: string): number {
  const width = png.readUInt32BE(16);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; at += png.readUInt32BE(at) + 12) {
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < raw.length; i += 3) {
    if (i % (width * 3 + 1) === 0) i++;
    if (raw[i] === r && raw[i + 1] === g && raw[i + 2] === b) count++;
  }
  return count;
}

describe('hall plan export', () => {
  it('writes the SVG where the dialog says: to scale, every board numbered, faces in their themes’ colours', async () => {
    const paths: string[] = [];
    const { folder, handlers } = await handlersSavingTo(paths);
    paths.push(join(folder, 'plan'));
    const sample = sampleProject();
    const result = await dispatch(handlers, 'exportHallPlan', { project: sample, format: 'svg', language: 'fr' });
    expect(result).toEqual({ status: 'saved', fileName: 'plan.svg' });
    const svg = await readFile(join(folder, 'plan.svg'), 'utf8');
    expect(svg).toContain('viewBox="-1.5 -1.5 35 20"');
    expect(svg.match(/<g class="board"/g)).toHaveLength(20);
    for (const n of [1, 10, 20]) expect(svg).toContain(`data-board="${n}"`);
    expect(svg).toContain('Hall des posters — 20 panneaux, 40 faces');
    expect(svg).toContain('Entrée / Entrance');
    for (const theme of sample.themes) expect(svg).toContain(`fill="${theme.color}"`);
  });

  it('writes the PNG with the boards in the themes’ colours, and refuses input that is not a project', async () => {
    const paths: string[] = [];
    const { folder, handlers } = await handlersSavingTo(paths);
    paths.push(join(folder, 'plan.png'));
    const sample = sampleProject();
    expect(await dispatch(handlers, 'exportHallPlan', { project: sample, format: 'png', language: 'en' })).toEqual({ status: 'saved', fileName: 'plan.png' });
    const png = await readFile(join(folder, 'plan.png'));
    for (const theme of sample.themes) expect(pixelsOf(png, theme.color.toLowerCase()), theme.name).toBeGreaterThan(100);
    await expect(dispatch(handlers, 'exportHallPlan', { project: {}, format: 'png', language: 'en' })).rejects.toThrow(/invalid input, nothing was done/);
    expect(await dispatch(handlers, 'exportHallPlan', { project: sample, format: 'svg', language: 'en' })).toEqual({ status: 'cancelled' });
  });
});

describe('posters workbook', () => {
  it('names presenters, never by id', () => {
    const sample = sampleProject();
    const [boards] = postersContent(exportContext(sample, 'en')).sheets;
    const rows = boards!.kind === 'table' ? boards!.rows : [];
    const presenters = rows.map((r) => String(r[3]));
    expect(presenters.some((p) => p.includes('person-'))).toBe(false);
    const first = sample.people.find((p) => p.id === sample.posterHall.posters[0]!.presenters[0])!;
    expect(presenters[0]).toBe(`${first.firstName} ${first.lastName}`);
  });
});
