/**
 * Unpacks every part of a workbook's zip once, counting the bytes actually inflated (whatever the headers claim),
 * and stops at the budget: a 5 MB file that inflates to gigabytes is refused after reading its first 200 MB.
 * It also checks what a streaming reader would see: parts laid end to end as the central directory lists them.
 */
import { createInflateRaw } from 'node:zlib';
import { megabytes, type TableLimits } from './limits.ts';
import type { TextKey } from '../../../shared/i18n/typed-keys.ts';

const LOCAL_ENTRY = 0x04034b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const STORED = 0;
const DEFLATED = 8;
/** A DOCTYPE comes before the root element, so within a part's first bytes. */
const PROLOGUE_BYTES = 4096;

interface ZipPart {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

export type ZipVerdict =
  | { readonly ok: true; readonly inflatedBytes: number }
  | { readonly ok: false; readonly code: TextKey; readonly params?: Readonly<Record<string, string | number>> };

type ZipLimits = Pick<TableLimits, 'maxUnzippedBytes' | 'maxPartBytes'>;

const notWorkbook: ZipVerdict = { ok: false, code: 'participants:read.notWorkbook' };
const tooLarge = (limits: ZipLimits): ZipVerdict => ({ ok: false, code: 'files:workbook.inflatedTooLarge', params: { limit: megabytes(limits.maxUnzippedBytes) } });

/** The central directory's parts, or null when it cannot be read (not a zip, zip64, damaged). */
function centralDirectory(zip: Buffer): { parts: ZipPart[]; start: number } | null {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = zip.readUInt16LE(eocd + 10);
  const start = zip.readUInt32LE(eocd + 16);
  const parts: ZipPart[] = [];
  let at = start;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
    const nameLength = zip.readUInt16LE(at + 28);
    parts.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return { parts, start };
}

/** Inflates one part, counting; resolves with its size, or rejects with the verdict once over a limit. */
function inflatePart(data: Buffer, part: ZipPart, limits: ZipLimits, before: number): Promise<number | ZipVerdict> {
  return new Promise((resolve) => {
    let size = 0;
    let prologue = '';
    const inflate = createInflateRaw();
    const stop = (verdict: ZipVerdict) => {
      inflate.destroy();
      resolve(verdict);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (prologue.length < PROLOGUE_BYTES) {
        prologue += chunk.toString('latin1', 0, PROLOGUE_BYTES - prologue.length);
        if (prologue.includes('<!DOCTYPE') || prologue.includes('<!ENTITY')) return stop({ ok: false, code: 'files:workbook.doctype', params: { part: part.name } });
      }
      size += chunk.length;
      if (size > limits.maxPartBytes) return stop({ ok: false, code: 'files:workbook.partTooLarge', params: { part: part.name, limit: megabytes(limits.maxPartBytes) } });
      if (before + size > limits.maxUnzippedBytes) return stop(tooLarge(limits));
    });
    inflate.on('error', () => resolve({ ok: false, code: 'files:workbook.unreadablePart', params: { part: part.name } }));
    inflate.on('end', () => resolve(size));
    inflate.end(data);
  });
}

/** Checks the zip's layout and inflates every part within the limits; never holds more than one chunk at a time. */
export async function checkZipBudget(zip: Buffer, limits: ZipLimits): Promise<ZipVerdict> {
  const directory = centralDirectory(zip);
  if (!directory || directory.parts.length === 0) return notWorkbook;
  const parts = [...directory.parts].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  let total = 0;
  for (const part of parts) {
    // A part the central directory does not list, hidden between two it does, would be read by a streaming reader.
    if (part.localOffset !== expected || expected + 30 > zip.length || zip.readUInt32LE(expected) !== LOCAL_ENTRY) return notWorkbook;
    const nameLength = zip.readUInt16LE(expected + 26);
    if (zip.toString('utf8', expected + 30, expected + 30 + nameLength) !== part.name) return notWorkbook;
    const dataStart = expected + 30 + nameLength + zip.readUInt16LE(expected + 28);
    const dataEnd = dataStart + part.compressedSize;
    if (dataEnd > directory.start) return notWorkbook;
    const data = zip.subarray(dataStart, dataEnd);
    let size: number | ZipVerdict;
    if (part.method === DEFLATED) size = await inflatePart(data, part, limits, total);
    else if (part.method === STORED) size = data.length;
    else return notWorkbook;
    if (typeof size !== 'number') return size;
    total += size;
    if (total > limits.maxUnzippedBytes || size > limits.maxPartBytes) return tooLarge(limits);
    expected = dataEnd;
    // Bit 3: sizes follow the data, in a descriptor (its signature is optional).
    if (part.flags & 0x8) expected += zip.readUInt32LE(dataEnd) === DATA_DESCRIPTOR ? 16 : 12;
  }
  return expected === directory.start ? { ok: true, inflatedBytes: total } : notWorkbook;
}
