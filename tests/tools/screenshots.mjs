// `npm run screenshots`: rebuilds, then photographs the sample event for the README (tests/screenshots/*.png).
import { spawnSync } from 'node:child_process';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } }).status ?? 1;

if (run('npm', ['run', 'build']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', '--project=screenshots', '--reporter=list'], { REGIE_SCREENSHOTS: '1' }));
