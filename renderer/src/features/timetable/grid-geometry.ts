/** Where the grid's room columns are on screen, worked out from those in the page, so a room's place is known before its cards are drawn. */

export interface DrawnColumn {
  readonly roomId: string;
  readonly rect: DOMRect;
}

/** The room columns in the page, left to right. */
export function columnBodies(): DrawnColumn[] {
  return [...document.querySelectorAll<HTMLElement>('[data-column-body]')]
    .map((el) => ({ roomId: el.dataset.columnBody!, rect: el.getBoundingClientRect() }))
    .sort((a, b) => a.rect.left - b.rect.left);
}

/** The distance from one room's column to the next (borders included), read from two neighbours drawn side by side. */
export function pitch(columns: readonly DrawnColumn[], order: readonly string[]): number | null {
  for (let i = 1; i < columns.length; i += 1) {
    const [a, b] = [columns[i - 1]!, columns[i]!];
    if (order.indexOf(b.roomId) - order.indexOf(a.roomId) === 1) return b.rect.left - a.rect.left;
  }
  return null;
}

/** Columns sit side by side, all as wide: a drawn one and the pitch place any room, drawn or not. */
export function columnPlaces(order: readonly string[]): { reference: DrawnColumn; width: number; leftOf: (index: number) => number } | null {
  const columns = columnBodies();
  const reference = columns.find((c) => order.includes(c.roomId));
  if (!reference) return null;
  const width = pitch(columns, order) ?? reference.rect.width;
  const from = order.indexOf(reference.roomId);
  return { reference, width, leftOf: (index) => reference.rect.left + (index - from) * width };
}
