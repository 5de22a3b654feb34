/** Text a workbook's XML can hold: XML 1.0 forbids most control characters, lone surrogates, U+FFFE and U+FFFF. */

// Tab, line feed and carriage return are kept; a surrogate is kept only as half of a pair.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML refuses (a workbook holding one would not open anywhere). */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN_IN_XML, '');
}
