import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureDocument, tempFolder, writeTemp } from '../model/fixtures.ts';

const BIN = fileURLToPath(new URL('../../../main/regie.mjs', import.meta.url));

/** Runs `node main/regie.mjs …` as a separate process, the way `npx regie` does. */
async function regie(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args, '--lang', 'en'], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the regie command as a real process', () => {
  it('validates a sound file with exit code 0', async () => {
    const folder = await tempFolder();
    await writeTemp(folder, 'plan.regie', await fixtureDocument());
    const run = await regie(['validate', 'plan.regie'], folder);
    expect(run).toEqual({ code: 0, stdout: 'plan.regie: valid Régie project (format 2) — 9 sessions, 4 rooms, 3 participants, 3 posters.\n', stderr: '' });
  });

  it('exits non-zero on an invalid field, naming its path, with no stack trace', async () => {
    const folder = await tempFolder();
    const doc = await fixtureDocument();
    doc.sessions[1].durationMinutes = 'long';
    await writeTemp(folder, join('bad.regie'), doc);
    const run = await regie(['validate', 'bad.regie'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('  sessions[1].durationMinutes: expected a positive number, found "long".');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['not JSON', 'Programme : à compléter', /^notes\.regie: the file is not valid JSON \(line 1, column 1/],
    ['from version 999', '{"format": "regie-project", "version": 999, "event": {}}', /^notes\.regie: this file comes from a newer Régie \(format 999/],
  ])('exits non-zero on a file %s, with one sentence and no stack trace', async (_what, content, message) => {
    const folder = await tempFolder();
    await writeTemp(folder, 'notes.regie', content);
    const run = await regie(['validate', 'notes.regie'], folder);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
