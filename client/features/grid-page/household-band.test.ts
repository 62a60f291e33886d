import { describe, expect, it } from 'vitest';
import { bandBreach } from './household-band';

describe('a grid’s households against its plan’s band', () => {
  it('says below or above, and nothing inside the band (ends included) or without a band', () => {
    const band = { min: 300, max: 500 };
    expect(bandBreach(289, band)).toBe('below');
    expect(bandBreach(512, band)).toBe('above');
    expect([300, 400, 500].map((h) => bandBreach(h, band))).toEqual([null, null, null]);
    expect(bandBreach(289, null)).toBeNull();
  });
});
