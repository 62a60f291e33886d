import { describe, expect, it } from 'vitest';
import { changePct } from './change-pct';

describe('changePct', () => {
  it('is the percentage change rounded to 0.1', () => {
    expect(changePct(112.3, 100)).toBe(12.3);
    expect(changePct(2, 3)).toBe(-33.3);
    expect(changePct(1732, 1806)).toBe(-4.1);
  });

  it('has no percentage when the previous period had none', () => {
    expect(changePct(5, 0)).toBeNull();
    expect(changePct(0, 0)).toBeNull();
  });
});
