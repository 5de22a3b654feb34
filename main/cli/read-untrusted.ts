/**
 * The CLI reads projects and lists through the app's reading worker, with the same memory and time limits: a file
 * that exhausts them ends the worker, and the command says which limit it hit and exits with 2 (unreadable input).
 */
import { resolve } from 'node:path';
import type { Project } from '../../shared/model/schema.ts';
import type { Problem } from '../../shared/problems.ts';
import type { ReadTable } from '../services/import/read-table.ts';
import type { ReadProject } from '../services/project-files.ts';
import type { ReadingOutcome } from '../services/untrusted/reader.ts';
import type { CliIO } from './io.ts';

/** The app's wording says the open project is untouched; a command has no open project, only files it did not write. */
const CLI_WORDING: Readonly<Record<string, Problem['code']>> = {
  'files:reading.outOfMemory': 'files:cli.outOfMemory',
  'files:reading.tooSlow': 'files:cli.tooSlow',
  'files:reading.failed': 'files:cli.failed',
};

/** The worker was stopped (memory, time) or failed: the file could not be read. */
export const isReadingProblem = (problem: Problem): boolean => problem.code.startsWith('files:cli.');

/** What stopped the worker, as a problem naming the file as typed on the command line. */
function stopped(outcome: Exclude<ReadingOutcome<unknown>, { status: 'done' }>, file: string): Problem {
  if (outcome.status === 'cancelled') return { code: 'files:cli.failed', file, params: { message: 'cancelled' } };
  const { problem } = outcome;
  return { ...problem, code: CLI_WORDING[problem.code] ?? problem.code, file };
}

/** Opens a project file named on the command line, as the app opens one. */
export async function readProjectForCli(file: string, io: CliIO): Promise<ReadProject> {
  const outcome = await io.reader.read({ kind: 'project', path: resolve(io.cwd, file) });
  if (outcome.status !== 'done') return { ok: false, problems: [stopped(outcome, file)] };
  const opened = outcome.value;
  return opened.ok ? { ok: true, project: JSON.parse(opened.projectJson) as Project, repairs: opened.repairs } : opened;
}

/** Reads a list (.xlsx or .csv) named on the command line, with the app's limits on size, rows, columns and cells. */
export async function readTableForCli(file: string, io: CliIO): Promise<ReadTable> {
  const outcome = await io.reader.read({ kind: 'sheet', path: resolve(io.cwd, file) });
  return outcome.status === 'done' ? outcome.value : { status: 'failed', problems: [stopped(outcome, file)] };
}
