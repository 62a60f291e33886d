import { describe, expect, it } from 'vitest';
import { fitPhotoSize } from './photo-size';

describe('fitPhotoSize', () => {
  it('scales a 4032×3024 phone photo to 1600 on its long side', () => {
    expect(fitPhotoSize(4032, 3024)).toEqual({ width: 1600, height: 1200 });
  });

  it('scales a portrait photo by its height', () => {
    expect(fitPhotoSize(3000, 4000)).toEqual({ width: 1200, height: 1600 });
  });

  it('never enlarges a small photo', () => {
    expect(fitPhotoSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitPhotoSize(1600, 1600)).toEqual({ width: 1600, height: 1600 });
  });

  it('keeps a very thin panorama at least one pixel high', () => {
    expect(fitPhotoSize(100_000, 10)).toEqual({ width: 1600, height: 1 });
  });

  it('refuses a size that is not positive', () => {
    expect(() => fitPhotoSize(0, 100)).toThrow(RangeError);
    expect(() => fitPhotoSize(Number.NaN, 100)).toThrow(RangeError);
  });
});
