import { describe, expect, it } from 'vitest';
import { buildOfflineStyle } from '../map/basemap/offline-style';
import { buildDarkStyle } from './dark-style';

describe('buildDarkStyle', () => {
  it('keeps the offline style\'s sources and layers and darkens the background', () => {
    const light = buildOfflineStyle({});
    const dark = buildDarkStyle({});
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
    expect(Object.keys(dark.sources)).toEqual(Object.keys(light.sources));
    expect((dark.layers[0] as unknown as { paint: Record<string, string> }).paint['background-color']).toBe('#060b14');
  });
  it('needs nothing off the machine: no glyphs, sprite or tile URLs', () => {
    const json = JSON.stringify(buildDarkStyle({}));
    expect(json).not.toMatch(/https?:/);
  });
});
