/**
 * The map as one PNG data URL, for the printed card: MapLibre's canvas with deck.gl's drawn over it, in DOM order.
 * Both keep their drawing buffer (MapView's preserveDrawingBuffer), so what is on screen can be read back at any
 * time. Null when the container has no canvas or a canvas cannot be read.
 */
export function snapshotMap(container: HTMLElement | null): string | null {
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
    return out.toDataURL('image/png');
  } catch {
    return null;
  }
}
