/**
 * The printable sheet of 巡逻必到点 QR codes (issue 16): one code a key place, its name and address under it, the
 * payload signed as the check-in verifies it (field-qr.ts). SVG, so that it prints sharp at any size.
 */
import QRCode from 'qrcode';
import type { KeyPlaceQr } from '../../core/contracts/field';
import type { Db } from '../db/engine';
import { listKeyPlacesForSheet } from '../db/repos/key-place-sheet.repo';
import { keyPlaceQrPayload } from './field-qr';

/** Every key place with the payload to print. */
export async function keyPlaceQrCodes(db: Db, secret: Buffer): Promise<KeyPlaceQr[]> {
  return (await listKeyPlacesForSheet(db)).map((p) => ({ ...p, payload: keyPlaceQrPayload(secret, p.code) }));
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The sheet as one HTML page: A4, a grid of cards that do not break across pages. */
export async function keyPlaceQrSheet(codes: KeyPlaceQr[]): Promise<string> {
  const cards = await Promise.all(codes.map(async (c) => {
    // Error correction M: a printed code survives some dirt and wear and stays small.
    const svg = await QRCode.toString(c.payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return `<figure class="card">${svg}<figcaption><strong>${escapeHtml(c.name)}</strong><span>${escapeHtml(c.address)}</span><small>巡逻必到点 · ${escapeHtml(c.code)}</small></figcaption></figure>`;
  }));
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>巡逻必到点二维码</title>
<style>
@page { size: A4; margin: 12mm; }
body { font-family: "Noto Sans SC", "Microsoft YaHei", sans-serif; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 6mm; }
.sheet { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; }
.card { margin: 0; border: 1px solid #999; padding: 4mm; text-align: center; break-inside: avoid; }
.card svg { width: 45mm; height: 45mm; }
figcaption { display: flex; flex-direction: column; gap: 1mm; font-size: 10pt; }
figcaption small { color: #555; }
@media print { h1 .hint { display: none; } }
</style></head>
<body><h1>巡逻必到点二维码（共 ${codes.length} 个）<span class="hint">：请用浏览器打印，张贴于各必到点</span></h1>
<main class="sheet">${cards.join('\n')}</main></body></html>`;
}
