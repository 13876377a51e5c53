#!/usr/bin/env node
// Draws the add-in's icons (assets/<name>-<size>.png) with node built-ins only, so the icons can be
// regenerated anywhere: `node scripts/make-icons.js`. The drawing is resolution-independent
// (shapes in a unit square, 4×4 supersampling), so every size is rendered, not scaled.
//
// icon: a navy rounded square, a white checkmark (办结 — done), and under it the
// blue/yellow/red bar of the three-color notice system (三色督办单).
// bulletin (the 生成本月通报 button): the same square holding a stacked column chart of
// blue/yellow/red notices on a white baseline, as the bulletin's chart.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const OUT_DIR = path.resolve(__dirname, '..', 'assets');
const SAMPLES = 4;

const NAVY = [0x1f, 0x3a, 0x5f];
const WHITE = [0xff, 0xff, 0xff];
const BLUE = [0x2f, 0x80, 0xed];
const YELLOW = [0xf2, 0xc9, 0x4c];
const RED = [0xe0, 0x4f, 0x4f];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour at a point of the unit square, or null where the icon is transparent. */
function colourAt(x, y) {
  if (!insideRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) return null;
  // Three-color bar across the lower part.
  if (y >= 0.7 && y <= 0.84 && x >= 0.16 && x <= 0.84) {
    const third = (0.84 - 0.16) / 3;
    if (x < 0.16 + third) return BLUE;
    if (x < 0.16 + 2 * third) return YELLOW;
    return RED;
  }
  // Checkmark: two thick strokes.
  const half = 0.065;
  if (
    distanceToSegment(x, y, 0.24, 0.4, 0.42, 0.57) <= half ||
    distanceToSegment(x, y, 0.42, 0.57, 0.76, 0.2) <= half
  ) {
    return WHITE;
  }
  return NAVY;
}

/** Stacks of the bulletin icon: [left, right, blue height, yellow height, red height], from the baseline up. */
const COLUMNS = [
  [0.2, 0.36, 0.18, 0.1, 0.06],
  [0.42, 0.58, 0.26, 0.14, 0.12],
  [0.64, 0.8, 0.12, 0.08, 0.04],
];
const BASELINE = 0.78;

function bulletinColourAt(x, y) {
  if (!insideRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) return null;
  if (y >= BASELINE && y <= BASELINE + 0.05 && x >= 0.14 && x <= 0.86) return WHITE;
  for (const [left, right, blue, yellow, red] of COLUMNS) {
    if (x < left || x > right || y > BASELINE) continue;
    const up = BASELINE - y;
    if (up <= blue) return BLUE;
    if (up <= blue + yellow) return YELLOW;
    if (up <= blue + yellow + red) return RED;
  }
  return NAVY;
}

/** Each picture and the sizes the manifest (and the add-in stores) use. */
const ICONS = [
  { name: 'icon', sizes: [16, 32, 64, 80, 128], colourAt },
  { name: 'bulletin', sizes: [16, 32, 80], colourAt: bulletinColourAt },
];

function renderRgba(size, colourAt) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        // Colour averaged over covered samples only (no dark fringe); coverage becomes alpha.
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  // bytes 10..12: compression, filter, interlace = 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const icon of ICONS) {
  for (const size of icon.sizes) {
    const file = path.join(OUT_DIR, `${icon.name}-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderRgba(size, icon.colourAt)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
