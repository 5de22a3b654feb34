// The reading worker when Régie runs from its TypeScript sources (CLI, tests): loads worker.ts through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
