// `npm start` (after the build): opens Régie's desktop window, or says plainly what is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronExecutable, HOW_TO_GET_ELECTRON } from './electron-runtime.mjs';

const main = 'out/main/index.js';
if (!existsSync(main)) {
  console.error(`Régie cannot start: ${main} is not built. Run \`npm run build\` first (npm start does it for you).`);
  process.exit(1);
}
const executable = electronExecutable();
if (!executable) {
  console.error(`Régie cannot open its window: the Electron runtime is not installed (npm install could not download it); ${HOW_TO_GET_ELECTRON}.`);
  process.exit(1);
}
const app = spawn(executable, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('error', (error) => {
  console.error(`Régie could not start Electron (${error.message}); reinstall the runtime: ${HOW_TO_GET_ELECTRON}.`);
  process.exit(1);
});
app.on('close', (code) => process.exit(code ?? 0));
