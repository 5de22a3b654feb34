/** Reads a registration list (.xlsx or .csv) as rows of text, refusing files too large to read safely. */
import type { Failed, SheetTable } from '../../../shared/ipc.ts';

export async function readTableFile(_path: string): Promise<{ ok: true; table: SheetTable } | Failed> {
  throw new Error('not implemented');
}
