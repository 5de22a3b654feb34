/** Reads what a zip (an .xlsx) says its parts weigh unpacked, from its central directory, without unpacking. */

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const MAX_COMMENT = 0xffff;

/** The declared unpacked size of all parts, or null when the buffer is not a zip. */
export function declaredUnzippedBytes(zip: Buffer): number | null {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - MAX_COMMENT); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let entries = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  if ((entries === 0xffff || offset === 0xffffffff) && eocd >= 20 && zip.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const record = Number(zip.readBigUInt64LE(eocd - 20 + 8));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD) return null;
    entries = Number(zip.readBigUInt64LE(record + 32));
    offset = Number(zip.readBigUInt64LE(record + 48));
  }
  let total = 0;
  let at = offset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
    let size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    if (size === 0xffffffff) size = zip64Size(zip, at + 46 + nameLength, extraLength) ?? Number.MAX_SAFE_INTEGER;
    total += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The real unpacked size of a zip64 entry, from its extra field (id 1). */
function zip64Size(zip: Buffer, start: number, length: number): number | null {
  let at = start;
  while (at + 4 <= start + length && at + 4 <= zip.length) {
    const id = zip.readUInt16LE(at);
    const size = zip.readUInt16LE(at + 2);
    if (id === 1 && at + 12 <= zip.length) return Number(zip.readBigUInt64LE(at + 4));
    at += 4 + size;
  }
  return null;
}
