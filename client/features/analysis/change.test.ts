import { describe, expect, it } from 'vitest';
import { changeDirection, changePct, formatChangePct } from './change';

describe('change against the previous period', () => {
  it('is the percentage change rounded to 0.1', () => {
    expect(changePct(112.3, 100)).toBe(12.3);
    expect(changePct(2, 3)).toBe(-33.3);
  });

  it('has no percentage when the previous period had none', () => {
    expect(changePct(5, 0)).toBeNull();
    expect(changePct(0, 0)).toBeNull();
  });

  it('is written with a sign and one decimal', () => {
    expect(formatChangePct(12.3)).toBe('+12.3%');
    expect(formatChangePct(-4)).toBe('−4.0%');
    expect(formatChangePct(0)).toBe('±0.0%');
    expect(formatChangePct(null)).toBe('–');
  });

  it('calls more incidents up and fewer down', () => {
    expect(changeDirection(5)).toBe('up');
    expect(changeDirection(-5)).toBe('down');
    expect(changeDirection(0)).toBe('flat');
    expect(changeDirection(null)).toBe('none');
  });
});
