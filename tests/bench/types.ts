/** What each `tests/bench/*.bench.ts` file exports; `npm run bench` runs them all and writes bench-results.json. */
export interface BenchCase {
  /** Shown in the table, e.g. "open large event (parse + migrate + validate)". */
  readonly name: string;
  /** The issue's target in milliseconds, checked against `stat`. */
  readonly targetMs: number | null;
  readonly stat: 'median' | 'p95';
  /** Timed runs (after one untimed warm-up run). */
  readonly iterations: number;
  /** One timed run. */
  readonly run?: () => unknown;
  /** Or: a case that measures itself (frame times in Chromium, peak memory…) and returns its samples in ms. */
  readonly measure?: () => Promise<readonly number[]>;
  /** Read after the case ran: extra figures for the results (peak memory, ratio to a reference…). */
  readonly note?: () => string | undefined;
}

export interface BenchResult {
  readonly name: string;
  readonly n: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly target: number | null;
  readonly stat: 'median' | 'p95';
  readonly pass: boolean | null;
  /** Extra figures a case reports (peak memory, ratio to a reference…). */
  readonly note?: string;
}
