/** A tiny PNG encoder (8-bit RGB, no filter) on node:zlib: enough to put a drawn plan into a workbook. */
import { crc32, deflateSync } from 'node:zlib';

/** An RGB picture drawn pixel by pixel. */
export class Picture {
  readonly pixels: Uint8Array;
  constructor(readonly width: number, readonly height: number, background: readonly [number, number, number] = [255, 255, 255]) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < this.pixels.length; i += 3) this.pixels.set(background, i);
  }

  fill(x: number, y: number, w: number, h: number, color: readonly [number, number, number]): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let row = y0; row < y1; row++) {
      for (let col = x0; col < x1; col++) this.pixels.set(color, (row * this.width + col) * 3);
    }
  }

  /** A rectangle outline `thickness` pixels wide. */
  frame(x: number, y: number, w: number, h: number, color: readonly [number, number, number], thickness = 1): void {
    this.fill(x, y, w, thickness, color);
    this.fill(x, y + h - thickness, w, thickness, color);
    this.fill(x, y, thickness, h, color);
    this.fill(x + w - thickness, y, thickness, h, color);
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(picture: Picture): Buffer<ArrayBuffer> {
  const { width, height, pixels } = picture;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter, no interlace
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let row = 0; row < height; row++) {
    raw[row * (width * 3 + 1)] = 0;
    raw.set(pixels.subarray(row * width * 3, (row + 1) * width * 3), row * (width * 3 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
