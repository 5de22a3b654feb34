/** The project document: schema and types, and the helpers every area uses. */
export * from './schema.ts';
export * from './time.ts';
