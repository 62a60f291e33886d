/**
 * Draws the field app's icons (client/public/m/icon-192.png, icon-512.png) on this machine: a white map pin on the
 * header's navy. Run once with `npx tsx server/scripts/field-icons.ts`; the PNGs are committed, so a build needs no
 * network and no image tool.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

const navy = [0x0f, 0x2a, 0x57];
const white = [0xff, 0xff, 0xff];

/** Whether (x, y), in units of the icon's size (0–1), lies on the pin: a disc with a hole and a point below it. */
function onPin(x: number, y: number): boolean {
  const cx = 0.5, cy = 0.42, r = 0.2;
  const d = Math.hypot(x - cx, y - cy);
  if (d <= 0.08) return false; // the hole
  if (d <= r) return true;
  // The point: between the disc's tangents and the tip at y = 0.8.
  const tipY = 0.8;
  if (y < cy || y > tipY) return false;
  const halfWidth = (r * (tipY - y)) / (tipY - cy);
  return Math.abs(x - cx) <= halfWidth;
}

function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  // 4× supersampling for smooth edges.
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) if (onPin((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
      const a = hits / (samples * samples);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(navy[c] * (1 - a) + white[c] * a);
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

const dir = resolve(import.meta.dirname, '../../client/public/m');
mkdirSync(dir, { recursive: true });
for (const size of [192, 512]) writeFileSync(resolve(dir, `icon-${size}.png`), drawIcon(size));
console.log(`icons written to ${dir}`);
