import { describe, expect, it } from 'vitest';
import { fitStage } from './stage-scale';

describe('fitStage', () => {
  it('shows the stage 1:1 at 1920×1080 and at 2× at 3840×2160, without margins', () => {
    expect(fitStage(1920, 1080)).toEqual({ scale: 1, offsetXPx: 0, offsetYPx: 0 });
    expect(fitStage(3840, 2160)).toEqual({ scale: 2, offsetXPx: 0, offsetYPx: 0 });
  });
  it('letterboxes a taller window: full width, centred vertically', () => {
    const fit = fitStage(1920, 1200);
    expect(fit.scale).toBe(1);
    expect(fit.offsetXPx).toBe(0);
    expect(fit.offsetYPx).toBe(60);
  });
  it('pillarboxes a wider window: full height, centred horizontally', () => {
    const fit = fitStage(2560, 1080);
    expect(fit.scale).toBe(1);
    expect(fit.offsetXPx).toBe(320);
  });
  it('shrinks for a small window so that nothing scrolls', () => {
    const fit = fitStage(1280, 720);
    expect(fit.scale).toBeCloseTo(2 / 3, 10);
    expect(1920 * fit.scale).toBeLessThanOrEqual(1280);
    expect(1080 * fit.scale).toBeLessThanOrEqual(720);
  });
  it('throws on an empty viewport', () => {
    expect(() => fitStage(0, 1080)).toThrow(/positive/);
  });
});
