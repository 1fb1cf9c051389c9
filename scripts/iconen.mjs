// Draws the app's PNG icons from the geometry of public/favicon.svg: a rounded square in the
// brand colour with a light W. Run by hand when the icon changes (`node scripts/iconen.mjs`); the
// PNGs are committed, so a build needs no image tools. Four samples per pixel in each direction
// smooth the edges. The maskable icon fills the whole square and keeps the W inside the central
// 80% that every launcher shape leaves visible.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const ACHTERGROND = [0x1f, 0x4e, 0x5f];
const LIJN = [0xf4, 0xf1, 0xea];
// In the favicon's 32 × 32 units.
const W = [[7, 9], [11, 23], [16, 13], [21, 23], [25, 9]];
const DIKTE = 3;
const HOEK = 6;

function afstandTotLijn(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inAfgerondVierkant(x, y, r) {
  const cx = Math.min(Math.max(x, r), 32 - r);
  const cy = Math.min(Math.max(y, r), 32 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

/** RGBA pixels of the icon at `maat` px; `maskable` fills the square and shrinks the W to 80%. */
function teken(maat, maskable) {
  const pixels = Buffer.alloc(maat * maat * 4);
  const N = 4;
  for (let y = 0; y < maat; y++) {
    for (let x = 0; x < maat; x++) {
      let vlak = 0;
      let lijn = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          let u = ((x + (sx + 0.5) / N) / maat) * 32;
          let v = ((y + (sy + 0.5) / N) / maat) * 32;
          const binnen = maskable || inAfgerondVierkant(u, v, HOEK);
          if (!binnen) continue;
          vlak++;
          if (maskable) {
            u = 16 + (u - 16) / 0.8;
            v = 16 + (v - 16) / 0.8;
          }
          const d = Math.min(...W.slice(1).map((p, i) => afstandTotLijn(u, v, W[i], p)));
          if (d <= DIKTE / 2) lijn++;
        }
      }
      const i = (y * maat + x) * 4;
      const a = lijn / Math.max(vlak, 1);
      for (let k = 0; k < 3; k++) pixels[i + k] = Math.round(ACHTERGROND[k] * (1 - a) + LIJN[k] * a);
      pixels[i + 3] = Math.round((vlak / (N * N)) * 255);
    }
  }
  return pixels;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function blok(soort, data) {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(data.length);
  const inhoud = Buffer.concat([Buffer.from(soort, 'ascii'), data]);
  const controle = Buffer.alloc(4);
  controle.writeUInt32BE(crc32(inhoud));
  return Buffer.concat([lengte, inhoud, controle]);
}

function png(maat, pixels) {
  const kop = Buffer.alloc(13);
  kop.writeUInt32BE(maat, 0);
  kop.writeUInt32BE(maat, 4);
  kop[8] = 8; // bits per channel
  kop[9] = 6; // RGBA
  const rijen = Buffer.alloc(maat * (maat * 4 + 1));
  for (let y = 0; y < maat; y++) pixels.copy(rijen, y * (maat * 4 + 1) + 1, y * maat * 4, (y + 1) * maat * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    blok('IHDR', kop),
    blok('IDAT', deflateSync(rijen, { level: 9 })),
    blok('IEND', Buffer.alloc(0)),
  ]);
}

for (const [naam, maat, maskable] of [['icoon-192.png', 192, false], ['icoon-512.png', 512, false], ['icoon-maskable-512.png', 512, true]]) {
  writeFileSync(new URL(`../public/${naam}`, import.meta.url), png(maat, teken(maat, maskable)));
  console.log(`public/${naam}`);
}
