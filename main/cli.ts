/** The `regie` command: the same services as the app, without Electron. */
import { createI18n, pickLanguage } from '../shared/i18n/index.ts';
import type { Language } from '../shared/i18n/languages.ts';
import type { CliCommand, CliIO } from './cli/io.ts';
import { createFileReader } from './services/untrusted/reader.ts';

/** Each command lives in main/cli/<name>.ts and is loaded only when asked for. */
const commands: Record<string, () => Promise<{ run: CliCommand }>> = {
  validate: () => import('./cli/validate.ts'),
  info: () => import('./cli/info.ts'),
  sample: () => import('./cli/sample.ts'),
  generate: () => import('./cli/generate.ts'),
  check: () => import('./cli/check.ts'),
  import: () => import('./cli/import.ts'),
  export: () => import('./cli/export.ts'),
  posters: () => import('./cli/posters.ts'),
  tours: () => import('./cli/tours.ts'),
  merge: () => import('./cli/merge.ts'),
  programme: () => import('./cli/programme.ts'),
};

function languageFrom(args: string[]): { language: Language; rest: string[] } {
  const i = args.indexOf('--lang');
  if (i >= 0 && (args[i + 1] === 'fr' || args[i + 1] === 'en')) {
    return { language: args[i + 1] as Language, rest: [...args.slice(0, i), ...args.slice(i + 2)] };
  }
  return { language: pickLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG), rest: args };
}

export async function main(argv: readonly string[], io?: Partial<CliIO>): Promise<number> {
  const { language, rest } = languageFrom([...argv]);
  const i18n = createI18n(language);
  // Its worker starts at the first file read, and ends with the command.
  const reader = io?.reader ?? createFileReader();
  const cli: CliIO = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    t: i18n.t.bind(i18n),
    language,
    cwd: process.cwd(),
    ...io,
    reader,
  };
  const [name, ...args] = rest;
  const load = name ? commands[name] : undefined;
  if (!load) {
    cli.err(cli.t('common:cli.usage', { commands: Object.keys(commands).join(', ') }));
    return 2;
  }
  try {
    const { run } = await load();
    return await run(args, cli);
  } catch (error) {
    // A bug must still read as a sentence, never as a stack trace.
    cli.err(cli.t('common:cli.unexpected', { message: error instanceof Error ? error.message : String(error) }));
    return 2;
  } finally {
    if (!io?.reader) await reader.close();
  }
}
