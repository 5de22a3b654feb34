/** How large a registration list may be before it is refused: far above any real event, far below exhausting memory. */
export interface TableLimits {
  readonly maxFileBytes: number;
  readonly maxRows: number;
  /** Sum of the sizes a workbook's zip parts declare once unpacked. */
  readonly maxUnzippedBytes: number;
}

export const TABLE_LIMITS: TableLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxRows: 50_000,
  maxUnzippedBytes: 200 * 1024 * 1024,
};

export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;
