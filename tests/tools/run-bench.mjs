#!/usr/bin/env node
// `npm run bench [name…]`: runs tests/bench/run.ts through tsx, with the garbage collector exposed between runs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'tests/bench/run.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
