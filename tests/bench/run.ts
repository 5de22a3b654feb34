/**
 * Runs every tests/bench/*.bench.ts case (or those whose name contains one of the arguments), prints a table
 * and writes bench-results.json at the repository root.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchCase, BenchResult } from './types.ts';

const BENCH_FOLDER = fileURLToPath(new URL('.', import.meta.url));
const RESULTS = fileURLToPath(new URL('../../bench-results.json', import.meta.url));

async function loadCases(): Promise<BenchCase[]> {
  const files = (await readdir(BENCH_FOLDER)).filter((name) => name.endsWith('.bench.ts')).sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(BENCH_FOLDER, file)).href)) as { benchmarks?: readonly BenchCase[] };
    cases.push(...(module.benchmarks ?? []));
  }
  return cases;
}

/** The value below which a share `q` of the sorted samples lie (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function samplesOf(bench: BenchCase): Promise<number[]> {
  if (bench.measure) return [...(await bench.measure())];
  if (!bench.run) throw new Error('a benchmark needs run() or measure()');
  await bench.run();
  const samples: number[] = [];
  for (let i = 0; i < bench.iterations; i += 1) {
    // Garbage from the previous run would otherwise be collected inside this one's timing.
    collectGarbage();
    const start = performance.now();
    await bench.run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function measureCase(bench: BenchCase): Promise<BenchResult> {
  const { name, targetMs: target, stat } = bench;
  try {
    const sorted = (await samplesOf(bench)).sort((a, b) => a - b);
    const medianMs = round(quantile(sorted, 0.5));
    const p95Ms = round(quantile(sorted, 0.95));
    const value = stat === 'median' ? medianMs : p95Ms;
    const note = bench.note?.();
    const pass = target === null ? null : value <= target;
    return { name, n: sorted.length, medianMs, p95Ms, target, stat, pass, ...(note ? { note } : {}) };
  } catch (error) {
    const note = `failed: ${error instanceof Error ? error.message : String(error)}`;
    return { name, n: 0, medianMs: Number.NaN, p95Ms: Number.NaN, target, stat, pass: false, note };
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;
const show = (value: number | null) => (value === null ? '—' : Number.isNaN(value) ? 'n/a' : value.toFixed(1));

function table(results: readonly BenchResult[]): string {
  const rows = [
    ['benchmark', 'n', 'median ms', 'p95 ms', 'target ms', 'pass', 'note'],
    ...results.map((r) => [
      r.name,
      String(r.n),
      show(r.medianMs),
      show(r.p95Ms),
      r.target === null ? '—' : `${r.stat} ≤ ${r.target}`,
      r.pass === null ? '—' : r.pass ? 'yes' : 'NO',
      r.note ?? '',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** With a name filter, the other cases' earlier results are kept, so one rerun does not erase the rest. */
async function previousResults(keep: (name: string) => boolean): Promise<BenchResult[]> {
  try {
    const earlier = JSON.parse(await readFile(RESULTS, 'utf8')) as BenchResult[];
    return Array.isArray(earlier) ? earlier.filter((result) => keep(result.name)) : [];
  } catch {
    return [];
  }
}

const filters = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = (name: string) => filters.length === 0 || filters.some((word) => name.toLowerCase().includes(word));
const cases = (await loadCases()).filter((bench) => chosen(bench.name));
if (cases.length === 0) {
  console.error(filters.length ? `No benchmark name contains ${filters.join(' or ')}.` : 'No benchmark found in tests/bench/*.bench.ts.');
  process.exit(2);
}
const results: BenchResult[] = [];
for (const bench of cases) {
  process.stderr.write(`running ${bench.name}…\n`);
  results.push(await measureCase(bench));
}
const kept = filters.length ? await previousResults((name) => !results.some((r) => r.name === name)) : [];
// JSON has no NaN: a case that failed to run is written with null figures.
await writeFile(RESULTS, `${JSON.stringify([...kept, ...results], (_key, value) => (Number.isNaN(value) ? null : value), 2)}\n`);
console.log(table(results));
const missed = results.filter((r) => r.pass === false);
console.log(`\n${results.length} benchmarks, ${results.filter((r) => r.pass === true).length} within target, ${missed.length} missed or failed; results in bench-results.json`);
process.exitCode = results.some((r) => r.n === 0) ? 1 : 0;
