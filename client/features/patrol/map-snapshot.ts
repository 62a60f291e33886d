import { UI_FONT_STACK } from '../../map/basemap/shipped-font';

/** A numbered disc to draw over the snapshot: where (CSS px in the map's container), its number and colour. */
export interface SnapshotBadge {
  x: number;
  y: number;
  label: string;
  colour: readonly number[];
}

/**
 * The badges' radius and number size on the printed card, CSS px before the map is fitted to its 186 mm. The screen's
 * 11 px discs and 12 px numbers print at about 1.5 mm, too small to match a row of the card's table by.
 */
export const printBadgeRadiusPx = 17;
const printBadgeFontPx = 20;

function drawBadges(ctx: CanvasRenderingContext2D, badges: readonly SnapshotBadge[], scale: number) {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = `700 ${printBadgeFontPx * scale}px ${UI_FONT_STACK}`;
  for (const b of badges) {
    const [x, y] = [b.x * scale, b.y * scale];
    ctx.beginPath();
    ctx.arc(x, y, printBadgeRadiusPx * scale, 0, 2 * Math.PI);
    ctx.fillStyle = `rgba(${b.colour[0]}, ${b.colour[1]}, ${b.colour[2]}, 1)`;
    ctx.fill();
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.fillText(b.label, x, y + scale);
  }
}

/**
 * The map as one PNG data URL, for the printed card: MapLibre's canvas with deck.gl's drawn over it, in DOM order,
 * and the route's stops as large numbered discs on top (badges). Both canvases keep their drawing buffer (MapView's
 * preserveDrawingBuffer), so what is on screen can be read back at any time. Null when the container has no canvas
 * or a canvas cannot be read.
 */
export function snapshotMap(container: HTMLElement | null, badges: readonly SnapshotBadge[] = []): string | null {
  const canvases = [...(container?.querySelectorAll('canvas') ?? [])].filter((c) => c.width > 0 && c.height > 0);
  if (canvases.length === 0) return null;
  const base = canvases[0];
  const out = document.createElement('canvas');
  out.width = base.width;
  out.height = base.height;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  try {
    // The overlay canvas may have another pixel ratio: scale each to the base canvas.
    for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
    drawBadges(ctx, badges, out.width / (base.clientWidth || out.width));
    return out.toDataURL('image/png');
  } catch {
    return null;
  }
}
