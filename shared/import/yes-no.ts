/** Yes/no cells as registration platforms and colleagues write them; anything else is not guessed. */
const YES = new Set(['oui', 'yes', 'y', 'o', 'x', '1', 'true', 'vrai']);
const NO = new Set(['non', 'no', 'n', '0', 'false', 'faux']);
const TICKS = new Set(['✓', '✔', '☑']);

/** true / false, or null when the cell is neither (the caller reports it). An empty cell is no. */
export function readYesNo(cell: string): boolean | null {
  const trimmed = cell.trim();
  if (trimmed === '') return false;
  if (TICKS.has(trimmed)) return true;
  // Case and surrounding spaces only: "=1" or "oui?" are not quietly read as yes.
  const key = trimmed.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}
