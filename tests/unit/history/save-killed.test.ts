/**
 * Fault injection: a child process saving the large event is killed (SIGKILL) at random moments of its save, 200 times.
 * After each, the file must be the old version or the new one, complete and valid: never a mixture, never empty.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { openProjectText, serializeProject } from '../../../shared/model/document.ts';
import { generateEvent, LARGE_EVENT } from '../../../shared/sample/generate.ts';
import { tempFolder } from '../../fixtures/temp-files.ts';

const KILLS = 200;
/** Children started ahead of their turn. */
const CHILDREN_AHEAD = 4;
const ATOMIC_WRITE = fileURLToPath(new URL('../../../main/services/atomic-write.ts', import.meta.url));

/**
 * The child is plain JavaScript (the real atomic write, stripped of its types once), started ahead of its turn: it
 * reads both versions, says it is ready, and saves the one it is told to. Starting node is the slow part on a busy
 * machine, so several children start while another saves.
 */
const CHILD = `import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-write.mjs';
const [target, ...sources] = process.argv.slice(2);
const texts = sources.map((source) => readFileSync(source, 'utf8'));
process.stdin.setEncoding('utf8');
process.stdin.once('data', async (line) => {
  await writeFileAtomic(target, texts[Number(line.trim())]);
  process.stdout.write('saved\\n');
  process.exit(0);
});
process.stdout.write('ready\\n');
`;

interface WaitingChild {
  /** Saves version `index`; killed `killAfterMs` after being told (unless it finished first). Resolves when it is gone. */
  save(index: number, killAfterMs: number | null): Promise<{ savedMs: number | null }>;
  kill(): void;
}

/** Starts a child and resolves once it has read the versions and waits for its turn. */
function startChild(folder: string, target: string, sources: readonly string[]): Promise<WaitingChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(folder, 'child.mjs'), target, ...sources], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    let toldAt = 0;
    let savedMs: number | null = null;
    child.on('error', reject);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes('saved')) savedMs = performance.now() - toldAt;
      if (chunk.includes('ready')) {
        resolve({
          async save(index, killAfterMs) {
            toldAt = performance.now();
            child.stdin.write(`${index}\n`);
            if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
            await exited;
            return { savedMs };
          },
          kill: () => child.kill('SIGKILL'),
        });
      }
    });
  });
}

describe('a save killed at any moment', () => {
  it('leaves the old file or the new one, whole and valid, 200 times out of 200', async () => {
    const folder = await tempFolder();
    const { code } = await transform(await readFile(ATOMIC_WRITE, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20' });
    await writeFile(join(folder, 'atomic-write.mjs'), code);
    await writeFile(join(folder, 'child.mjs'), CHILD);

    const event = generateEvent(LARGE_EVENT);
    const versions = ['Version A', 'Version B'].map((name) => serializeProject({ ...event, event: { ...event.event, name } }));
    for (const text of versions) expect(openProjectText(text).ok).toBe(true);
    const sources = await Promise.all(versions.map(async (text, i) => {
      const path = join(folder, `source-${i}.regie`);
      await writeFile(path, text);
      return path;
    }));
    const target = join(folder, 'plan', 'event.regie');
    await mkdir(join(folder, 'plan'));
    await writeFile(target, versions[0]!);

    const waiting: Promise<WaitingChild>[] = [];
    const nextChild = () => {
      waiting.push(startChild(folder, target, sources));
      return waiting.shift()!;
    };
    for (let i = 0; i < CHILDREN_AHEAD; i += 1) waiting.push(startChild(folder, target, sources));

    // How long a whole save takes here, so the kills fall across it (and a little after).
    const timed = await (await nextChild()).save(1, null);
    expect(await readFile(target, 'utf8')).toBe(versions[1]);
    let window = Math.max(5, (timed.savedMs ?? 50) * 1.3);

    let current = 1;
    const outcomes = { old: 0, new: 0 };
    for (let run = 0; run < KILLS; run += 1) {
      const next = 1 - current;
      const child = await (run === KILLS - 1 ? waiting.shift()! : nextChild());
      await child.save(next, Math.random() * window);
      const text = await readFile(target, 'utf8');
      const saved = text === versions[next];
      if (saved) {
        outcomes.new += 1;
        current = next;
      } else {
        expect(text === versions[current], `run ${run}: the file is neither the old version nor the new one (${text.length} characters)`).toBe(true);
        outcomes.old += 1;
      }
      // The window follows the saves as the machine gets busier or quieter (the timed save may have been a quiet
      // moment): longer after a kill that came before the rename, shorter after one that came after.
      window *= saved ? 0.95 : 1.05;
    }
    for (const left of waiting) (await left).kill();
    expect(outcomes.old + outcomes.new).toBe(KILLS);
    // Kills fell both before the rename (old kept) and after it (new written): the moments did cover the save.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 300_000);
});
