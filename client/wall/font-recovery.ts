import { SHIPPED_FONT_FAMILY } from '../map/basemap/shipped-font';

/**
 * A wall that lost its server while the shipped font's subsets were loading keeps those faces failed for the page's
 * life: the browser never asks for a failed font face again, so place names stay drawn as boxes (▯屏街道) on the
 * map, the feed and the panels after the server is back. A reload is the only way to ask again, and it is what a
 * person at the wall would do; these are the rules for doing it unattended.
 */
export const fontRecovery = {
  /**
   * How often the wall looks for failed faces: a look reads the page's list of faces (a few dozen) and costs nothing,
   * so the names come back within seconds of the server, not half a minute later.
   */
  checkEveryMs: 5_000,
  /** The server must have answered this recently: a reload during an outage would only fail again. */
  heardWithinMs: 30_000,
  /** At most one reload for fonts this often, so a face that always fails cannot make the wall reload without end. */
  reloadAtMostEveryMs: 10 * 60_000,
} as const;

export const fontReloadKey = 'jingwang.wall.fontReloadAt';

/** Whether the wall should reload to load its font again. Pure. */
export function shouldReloadForFonts(s: { failedFaces: number; heardAgoMs: number | null; lastReloadAgoMs: number | null }): boolean {
  if (s.failedFaces === 0) return false;
  if (s.heardAgoMs === null || s.heardAgoMs > fontRecovery.heardWithinMs) return false;
  return s.lastReloadAgoMs === null || s.lastReloadAgoMs >= fontRecovery.reloadAtMostEveryMs;
}

/** The shipped font's faces the browser failed to load. */
export function countFailedShippedFaces(fonts: Iterable<FontFace>): number {
  let n = 0;
  for (const f of fonts) if (f.status === 'error' && f.family.replace(/["']/g, '') === SHIPPED_FONT_FAMILY) n++;
  return n;
}
