/**
 * Fuzzing: 5,000 mutated project files and 2,000 mutated registration lists (CSV bytes and workbook parts).
 * Nothing throws out of the loader or the import, every refusal is a translated sentence, and no sample hangs.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../main/services/import/read-table.ts';
import { createI18n } from '../../../shared/i18n/index.ts';
import { previewImport, prepareImport } from '../../../shared/import/index.ts';
import { openProjectText, serializeProject } from '../../../shared/model/document.ts';
import type { Problem } from '../../../shared/problems.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { smallEvent } from '../../fixtures/export/small-event.ts';
import { V0_FIXTURE } from '../model/fixtures.ts';
import { BOM_COMMA_CSV, FRENCH_EXCEL_CSV } from '../import/files.ts';
import { partsOf, textPart, zipOf } from './hostile-zips.ts';

const en = createI18n('en');
/** Far above any sample's time: a sample this slow has hung on something. */
const HANG_MS = 5_000;

/** Every problem has a message in the catalogue: never a raw key. */
function expectTranslated(problems: readonly Problem[]): void {
  for (const problem of problems) expect(en.exists(problem.code), problem.code).toBe(true);
}

/** How a file gets damaged: bytes flipped, cut, repeated, or hostile pieces slipped in. */
type Mutation =
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const HOSTILE_PIECES = [
  '['.repeat(5_000), '{"a":'.repeat(3_000), '"__proto__"', '{"__proto__":{"x":1}}', 'null', '-1', '1e999', '"\ufffe\uffff\ud800"',
  '\u0000', '"x":', ',', ']', '}', '"', ';', '\n', '\r\n', '""', '"";"";""', ';'.repeat(2_000), '<!DOCTYPE a [<!ENTITY b "c">]>',
  '<c r="XFD1048576"><v>1</v></c>', '&b;', ']]>',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...HOSTILE_PIECES)) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }), times: fc.integer({ min: 2, max: 50 }) }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 5 });

function mutate(text: string, changes: readonly Mutation[]): string {
  let out = text;
  for (const change of changes) {
    const at = change.at % (out.length + 1);
    if (change.kind === 'replace') out = out.slice(0, at) + change.text + out.slice(at + change.text.length);
    else if (change.kind === 'delete') out = out.slice(0, at) + out.slice(at + change.length);
    else out = out.slice(0, at) + out.slice(at, at + change.length).repeat(change.times) + out.slice(at);
  }
  return out;
}

/** Runs one sample, failing if it throws or seems to hang. */
async function within<T>(run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  expect(performance.now() - started, 'one sample took long enough to be a hang').toBeLessThan(HANG_MS);
  return result;
}

function openSample(text: string): void {
  const opened = openProjectText(text, 'fuzz.regie');
  if (!opened.ok) return expectTranslated(opened.problems);
  expectTranslated(opened.repairs);
  // What opens also saves and opens again.
  expect(openProjectText(serializeProject(opened.project)).ok).toBe(true);
}

describe('fuzzing the project loader', () => {
  it('2,500 project files damaged as text: every one opens or is refused with translated problems', async () => {
    const bases = [await readFile(V0_FIXTURE, 'utf8'), serializeProject(smallEvent())];
    await fc.assert(
      fc.asyncProperty(fc.nat(bases.length - 1), mutations, async (base, changes) => within(() => openSample(mutate(bases[base]!, changes)))),
      { numRuns: 2_500, seed: 14 },
    );
  }, 300_000);

  it('2,500 project files with a field set to anything: every one opens or is refused with translated problems', async () => {
    const doc = JSON.parse(serializeProject(smallEvent())) as unknown;
    const paths: (string | number)[][] = [];
    const collect = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((item, i) => collect(item, [...path, i]));
      else if (typeof node === 'object' && node !== null) for (const [key, item] of Object.entries(node)) collect(item, [...path, key]);
    };
    collect(doc, []);
    // Ten thousand nested lists, put in as text: neither fast-check nor JSON.stringify walks that deep.
    const DEEP = '\u0000deep\u0000';
    const deepText = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const withDeep = (text: string) => text.replace(JSON.stringify(DEEP), deepText);
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(-1, 0, 1e308, '', '__proto__', null, [], {}, 'x'.repeat(300_000), DEEP));
    await fc.assert(
      fc.asyncProperty(fc.nat(paths.length - 1), value, async (which, replacement) => {
        const copy = structuredClone(doc) as Record<string | number, unknown>;
        const path = paths[which]!;
        if (path.length === 0) return within(() => openSample(withDeep(JSON.stringify(replacement))));
        let node = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path.at(-1)!] = replacement;
        return within(() => openSample(withDeep(JSON.stringify(copy))));
      }),
      { numRuns: 2_500, seed: 14 },
    );
  }, 300_000);
});

const project = sampleProject();

async function importSample(bytes: Buffer, kind: 'csv' | 'xlsx'): Promise<void> {
  const read = await readTable(bytes, `fuzz.${kind}`, kind);
  if (!('ok' in read)) return expectTranslated(read.problems);
  const prepared = prepareImport(project, read.table.rows);
  const plan = previewImport(project, read.table.rows, prepared.headerIndex, prepared.targets);
  expect(plan.summary.rowsRead).toBeGreaterThanOrEqual(0);
}

describe('fuzzing the registration-list import', () => {
  it('1,000 CSV files damaged byte by byte: every one is read and imported, or refused with translated problems', async () => {
    const bases = [iconv.encode(FRENCH_EXCEL_CSV, 'win1252').toString('latin1'), Buffer.from(`\ufeff${BOM_COMMA_CSV}`).toString('latin1')];
    await fc.assert(
      fc.asyncProperty(fc.nat(bases.length - 1), mutations, async (base, changes) =>
        within(() => importSample(Buffer.from(mutate(bases[base]!, changes), 'latin1'), 'csv')),
      ),
      { numRuns: 1_000, seed: 14 },
    );
  }, 300_000);

  it('1,000 workbooks with one part damaged: every one is read and imported, or refused with translated problems', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Inscrits');
    for (const line of FRENCH_EXCEL_CSV.split('\r\n')) sheet.addRow(line.split(';'));
    const parts = partsOf(Buffer.from(await workbook.xlsx.writeBuffer()));
    await fc.assert(
      fc.asyncProperty(fc.nat(parts.length - 1), mutations, fc.boolean(), async (which, changes, lie) => {
        const damaged = parts.map((part, i) => {
          if (i !== which) return textPart(part.name, part.data);
          const made = textPart(part.name, Buffer.from(mutate(part.data.toString('latin1'), changes), 'latin1'));
          // Half the time the headers also lie about the size.
          return lie ? { ...made, declaredSize: 1_000 } : made;
        });
        return within(() => importSample(zipOf(damaged), 'xlsx'));
      }),
      { numRuns: 1_000, seed: 14 },
    );
  }, 300_000);
});
