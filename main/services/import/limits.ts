/** How large a registration list may be before it is refused: far above any real event, far below exhausting memory. */
export interface TableLimits {
  readonly maxFileBytes: number;
  readonly maxRows: number;
  /** Bytes a workbook's zip parts inflate to, counted as they are inflated (and first as their headers declare). */
  readonly maxUnzippedBytes: number;
  /** Bytes one part (a sheet, the shared strings) may inflate to. */
  readonly maxPartBytes: number;
  /** Columns in one row: far more than any registration form asks, far fewer than a hostile row holds. */
  readonly maxColumns: number;
  /** Cells in the whole sheet, filled or not. */
  readonly maxCells: number;
}

export const TABLE_LIMITS: TableLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 50_000,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxPartBytes: 150 * 1024 * 1024,
  maxColumns: 1_000,
  maxCells: 2_000_000,
};

export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;
