/** The fixture event, opened through the real pipeline, and helpers to write test files in a fresh temp folder. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openProjectText, serializeProject } from '../../../shared/model/document.ts';
import type { Project } from '../../../shared/model/schema.ts';

export const V0_FIXTURE = fileURLToPath(new URL('../../fixtures/model/project-v0.regie', import.meta.url));
export const V1_FIXTURE = fileURLToPath(new URL('../../fixtures/model/project-v1.regie', import.meta.url));

/** The v0 fixture brought up to the current format. */
export async function fixtureProject(): Promise<Project> {
  const opened = openProjectText(await readFile(V0_FIXTURE, 'utf8'), 'project-v0.regie');
  if (!opened.ok) throw new Error(`fixture does not open: ${JSON.stringify(opened.problems)}`);
  return opened.project;
}

/** The fixture as a plain current-format JSON document, to damage on purpose. */
export async function fixtureDocument(): Promise<Record<string, any>> {
  return JSON.parse(serializeProject(await fixtureProject()));
}

export async function tempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'regie-model-'));
}

export async function writeTemp(folder: string, name: string, content: string | object): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}
