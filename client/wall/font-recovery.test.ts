import { describe, expect, it } from 'vitest';
import { SHIPPED_FONT_FAMILY } from '../map/basemap/shipped-font';
import { countFailedShippedFaces, fontRecovery, shouldReloadForFonts } from './font-recovery';

describe('reloading the wall for a font that failed to load', () => {
  const heard = 5_000;
  it('reloads once the server answers again when a face failed', () => {
    expect(shouldReloadForFonts({ failedFaces: 3, heardAgoMs: heard, lastReloadAgoMs: null })).toBe(true);
  });

  it('does not reload with every face loaded, nor while the server is still silent', () => {
    expect(shouldReloadForFonts({ failedFaces: 0, heardAgoMs: heard, lastReloadAgoMs: null })).toBe(false);
    expect(shouldReloadForFonts({ failedFaces: 3, heardAgoMs: null, lastReloadAgoMs: null })).toBe(false);
    expect(shouldReloadForFonts({ failedFaces: 3, heardAgoMs: fontRecovery.heardWithinMs + 1, lastReloadAgoMs: null })).toBe(false);
  });

  it('reloads at most once in ten minutes, so a face that always fails cannot loop', () => {
    expect(shouldReloadForFonts({ failedFaces: 3, heardAgoMs: heard, lastReloadAgoMs: 60_000 })).toBe(false);
    expect(shouldReloadForFonts({ failedFaces: 3, heardAgoMs: heard, lastReloadAgoMs: 10 * 60_000 })).toBe(true);
  });

  it('counts only the shipped font’s failed faces', () => {
    const face = (family: string, status: FontFaceLoadStatus) => ({ family, status }) as FontFace;
    expect(countFailedShippedFaces([face(`"${SHIPPED_FONT_FAMILY}"`, 'error'), face(SHIPPED_FONT_FAMILY, 'loaded'), face('Other', 'error'), face(SHIPPED_FONT_FAMILY, 'error')])).toBe(2);
  });
});
