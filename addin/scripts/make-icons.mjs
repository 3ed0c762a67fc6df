// Draws the add-in's icons (16, 32, 64, 80 px) into addin/assets/ with a tiny PNG encoder:
// an Office-blue tile with a white tick and two lines of a list. Run: node addin/scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(out, { recursive: true });

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; each pixel is supersampled 4×4 for smooth edges.
const BLUE = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const distToSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
function sample(x, y) {
  const r = 0.14;
  const inset = 0.04;
  const cx = Math.min(Math.max(x, inset + r), 1 - inset - r);
  const cy = Math.min(Math.max(y, inset + r), 1 - inset - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const tick =
    Math.min(
      distToSegment(x, y, 0.2, 0.52, 0.34, 0.66),
      distToSegment(x, y, 0.34, 0.66, 0.56, 0.36),
    ) < 0.065;
  const line1 = distToSegment(x, y, 0.62, 0.46, 0.8, 0.46) < 0.045;
  const line2 = distToSegment(x, y, 0.5, 0.7, 0.8, 0.7) < 0.045;
  const line0 = distToSegment(x, y, 0.2, 0.24, 0.8, 0.24) < 0.045;
  return tick || line0 || line1 || line2 ? WHITE : BLUE;
}
for (const size of [16, 32, 64, 80]) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let a = 0;
      const c = [0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const col = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!col) continue;
          a += 1;
          for (let k = 0; k < 3; k++) c[k] += col[k];
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(c[k] / a);
      rgba[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  writeFileSync(join(out, `icon-${size}.png`), png(size, rgba));
}
