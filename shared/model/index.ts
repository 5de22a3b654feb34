/** The project document: schema and types, and the helpers every area uses. */
export * from './schema.ts';
export * from './time.ts';
export { openProjectText, serializeProject, isFileProblem, type OpenedText } from './document.ts';
export { restoreProject, type Restored } from './restore.ts';
export { MIGRATIONS, migrate } from './migrations/index.ts';
