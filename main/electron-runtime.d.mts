/** Types of electron-runtime.mjs, for the TypeScript tests that use it. */
export function electronPackageFolder(): string | null;
export function electronExecutable(): string | null;
export const HOW_TO_GET_ELECTRON: string;
