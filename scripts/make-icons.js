/* eslint-disable no-undef */
/**
 * Draws the add-in's icons (a blue tile with three bars, a budget frame and a line) as PNGs in
 * assets/. Run once with `node scripts/make-icons.js` when the design changes; the PNGs are kept
 * in the repository because the manifest points at them.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BRAND = [15, 108, 189]; // Fluent's brand blue
const WHITE = [255, 255, 255];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixel(size, x, y) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.18; // corner radius of the tile
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  const bars = [
    [0.2, 0.36, 0.55],
    [0.42, 0.58, 0.35],
    [0.64, 0.8, 0.45],
  ];
  for (const [left, right, top] of bars) if (u >= left && u < right && v >= top && v < 0.8) return [...WHITE, 255];
  if (v >= 0.24 && v < 0.24 + Math.max(1.5 / size, 0.05) && u >= 0.16 && u < 0.84) return [...WHITE, 255];
  return [...BRAND, 255];
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
