import type { ShownRoute } from './shown-route';

/**
 * A file name for an exported route: PS01-patrol-1900-2300-foot-20260310.gpx — the station (or 'point'), the window,
 * the mode and the day it is for, in ASCII so every device and mail system keeps it.
 */
export function patrolFileName(route: Pick<ShownRoute, 'stationCode' | 'window' | 'mode'>, day: string, extension: string): string {
  const station = (route.stationCode ?? 'point').replace(/[^0-9A-Za-z_-]/g, '');
  const window = `${route.window.start}-${route.window.end}`.replace(/:/g, '');
  return `${station}-patrol-${window}-${route.mode}-${day.replace(/-/g, '')}.${extension}`;
}

/** Offers text as a file download through a Blob and an object URL (no server round trip), then frees the URL. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers start reading the URL only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
