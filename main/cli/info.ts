/** `regie info` (placeholder: its issue's work replaces it). */
import type { CliCommand } from './io.ts';

export const run: CliCommand = async (_args, io) => {
  io.err('regie info: not available yet');
  return 2;
};
