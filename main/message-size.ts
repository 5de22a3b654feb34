/**
 * How much a message from the window weighs, walked with a stack of its own (so nesting cannot overflow ours) and
 * stopped as soon as it is over the limit: the window is trusted to send a project, not a gigabyte.
 */

/** Far deeper than any message of the contract (a project nests about ten levels). */
const MAX_MESSAGE_DEPTH = 64;

/** Approximate bytes: two per character of text and keys, eight per number; Infinity when nested too deep. */
export function messageBytes(input: unknown, stopAbove: number): number {
  let bytes = 0;
  const stack: [unknown, number][] = [[input, 0]];
  while (stack.length > 0 && bytes <= stopAbove) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') bytes += 2 * value.length;
    else if (typeof value !== 'object' || value === null) bytes += 8;
    else if (depth >= MAX_MESSAGE_DEPTH) return Number.POSITIVE_INFINITY;
    else if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
    else {
      for (const [key, item] of Object.entries(value)) {
        bytes += 2 * key.length;
        stack.push([item, depth + 1]);
      }
    }
  }
  return bytes;
}
