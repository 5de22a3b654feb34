// Builds the three parts of the desktop app: main (Node), preload (sandboxed CommonJS) and renderer (React).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** Where the build goes; REGIE_OUT lets a test run build into its own folder. */
const out = process.env.REGIE_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      // The reading worker is an entry of its own: a worker thread starts from a file.
      rollupOptions: { input: { index: resolve('main/index.ts'), 'untrusted-reader': resolve('main/services/untrusted/worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      // A sandboxed preload can only require('electron'): bundle zod and the contract into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
