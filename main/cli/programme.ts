/** `regie programme <action> …`: the programme's own commands, each in its file. */
import type { CliCommand } from './io.ts';

const actions: Record<string, () => Promise<{ run: CliCommand }>> = {
  import: () => import('./programme-import.ts'),
};

export const run: CliCommand = async (args, io) => {
  const [action, ...rest] = args;
  const load = action ? actions[action] : undefined;
  if (!load) {
    io.err(io.t('programmeImport:cli.programmeUsage', { actions: Object.keys(actions).join(', ') }));
    return 2;
  }
  return (await load()).run(rest, io);
};
