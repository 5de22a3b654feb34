/** Runs the `regie` command in-process, as a user would type it, and captures what it prints. */
import { main } from '../../../main/cli.ts';

export interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

export async function runCli(args: readonly string[], cwd: string, lang: 'fr' | 'en' = 'en'): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--lang', lang], { out: (line) => out.push(line), err: (line) => err.push(line), cwd });
  return { code, out, err };
}
