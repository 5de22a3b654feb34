/**
 * Any Unicode in a project (lone surrogates, U+FFFE, U+FFFF, control characters, XML's own < & ]]>) gives
 * workbooks that readers sharing no code with exceljs open: openpyxl and LibreOffice.
 */
import fc from 'fast-check';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWorkbooks } from '../../../main/services/export/index.ts';
import { WORKBOOKS } from '../../../shared/exports/workbook-ids.ts';
import type { Project } from '../../../shared/model/schema.ts';
import { smallEvent } from '../../fixtures/export/small-event.ts';
import { convertWithLibreOffice, libreOfficeMissing, openpyxlMissing, readWithOpenpyxl } from './independent-readers.ts';

/** Every field whose text an organiser (or a file from elsewhere) chose and a workbook shows. */
const TEXT_KEYS = new Set(['name', 'shortName', 'title', 'firstName', 'lastName', 'affiliation', 'label', 'notes', 'project', 'allergies', 'accessibility', 'zone', 'presenters']);
const NASTY = ['\ufffe', '\uffff', '\ud800', '\udfff', '\u0000', '\u0001', '\u001f', '\u000b', '<&>', ']]>', '\t', '\r\n', '&amp;', '\u{1f600}'];

const nastyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...NASTY)), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));

/** The small event with generated text in every field a workbook shows, taken in turn from `texts`. */
function withTexts(texts: readonly string[]): Project {
  const project = smallEvent() as unknown as Record<string, unknown>;
  let next = 0;
  const take = () => `${texts[next++ % texts.length]}`;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (TEXT_KEYS.has(key) && typeof value === 'string') record[key] = take();
      else if (TEXT_KEYS.has(key) && Array.isArray(value)) record[key] = value.map(take);
      else visit(value);
    }
  };
  visit(project);
  return project as unknown as Project;
}

async function exportAll(project: Project): Promise<string[]> {
  const folder = await mkdtemp(join(tmpdir(), 'regie-unicode-'));
  const files = await exportWorkbooks(project, WORKBOOKS, 'fr', folder);
  return files.filter((f) => f.endsWith('.xlsx')).map((f) => join(folder, f));
}

describe('text that XML can hold, in every workbook', () => {
  it('openpyxl opens every workbook made from random Unicode, and every sheet keeps its cells', async (ctx) => {
    const missing = await openpyxlMissing();
    if (missing) {
      console.warn(`skipped: ${missing}`);
      return ctx.skip(missing);
    }
    await fc.assert(
      fc.asyncProperty(fc.array(nastyText, { minLength: 5, maxLength: 30 }), async (texts) => {
        const files = await exportAll(withTexts(texts));
        expect(files).toHaveLength(WORKBOOKS.length);
        const lines = await readWithOpenpyxl(files);
        expect(lines).toHaveLength(files.length);
        for (const line of lines) expect(Number(line.split(' ').at(-3)), line).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it('LibreOffice reads every workbook made from the characters XML forbids', async (ctx) => {
    const missing = await libreOfficeMissing();
    if (missing) {
      console.warn(`skipped: ${missing}`);
      return ctx.skip(missing);
    }
    const texts = fc.sample(nastyText, { numRuns: 20, seed: 14 });
    const files = await exportAll(withTexts([...NASTY, ...texts]));
    const converted = await convertWithLibreOffice(files);
    expect(converted).toEqual(files.map((f) => f.split('/').at(-1)!.replace(/\.xlsx$/, '.csv')).sort());
  }, 180_000);
});
