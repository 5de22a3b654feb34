/** A file name made from what an organiser typed (the event's name), safe to create on Windows, macOS and Linux. */

/** Room for " - <workbook>.xlsx" after it: a file name may hold 255 bytes on most systems. */
export const FILE_STEM_MAX_BYTES = 150;

/** Names Windows keeps for devices, whatever the extension ("NUL.xlsx" cannot be created). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?= *(\.|$))/i;
/** Characters Windows forbids, path separators, and controls (C0, DEL, C1). */
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]/g;
/** Invisible characters that reorder or hide text (a name could pretend to end in ".xlsx"), lone surrogates, non-characters. */
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|\p{Cs}/gu;

/** Bytes in UTF-8, as file systems count a name's length (shared/ has no TextEncoder: no DOM, no Node). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    bytes += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts at a whole character (an accent or an emoji is never split) so the UTF-8 length stays within `maxBytes`. */
function cutToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let cut = '';
  for (const { segment } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) {
    if (utf8Length(cut + segment) > maxBytes) break;
    cut += segment;
  }
  return cut;
}

/** `fallback` when nothing usable is left (a name made only of dots, slashes or controls). */
export function safeFileStem(text: string, fallback: string, maxBytes = FILE_STEM_MAX_BYTES): string {
  const cleaned = text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\t\n\r\u2028\u2029]/g, ' ')
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ');
  // Leading dots hide a file on macOS and Linux; trailing dots and spaces are dropped by Windows.
  const trimmed = (text: string) => text.replace(/^[. ]+|[. ]+$/g, '');
  const stem = trimmed(cutToBytes(trimmed(cleaned), maxBytes));
  if (stem === '') return fallback;
  return stem.replace(WINDOWS_RESERVED, '$1_');
}
