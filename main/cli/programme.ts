/** `regie programme <import|export>`: the programme in and out of Régie; each subcommand lives in main/cli/programme-<name>.ts. */
import type { CliCommand } from './io.ts';

const subcommands: Record<string, () => Promise<{ run: CliCommand }>> = {
  import: () => import('./programme-import.ts'),
  export: () => import('./programme-export.ts'),
};

export const run: CliCommand = async ([name, ...args], io) => {
  const load = name ? subcommands[name] : undefined;
  if (!load) {
    io.err(io.t('programmeImport:cli.programmeUsage', { actions: Object.keys(subcommands).join(', ') }));
    return 2;
  }
  const { run: runSubcommand } = await load();
  return runSubcommand(args, io);
};
