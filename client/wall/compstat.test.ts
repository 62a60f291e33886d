import { describe, expect, it } from 'vitest';
import { changeTrend, formatChange, percentChange } from './compstat';

describe('percentChange', () => {
  it('answers the rise against the previous period in percent', () => {
    expect(percentChange(125, 100)).toBe(25);
    expect(percentChange(50, 200)).toBe(-75);
  });
  it('answers 0 when both periods are empty and null when only the previous one is', () => {
    expect(percentChange(0, 0)).toBe(0);
    expect(percentChange(3, 0)).toBeNull();
  });
  it('answers −100 when the current period is empty', () => {
    expect(percentChange(0, 7)).toBe(-100);
  });
});

describe('formatChange and changeTrend', () => {
  it('writes whole signed percent and a word for no base', () => {
    expect(formatChange(12.4, '新增')).toBe('+12%');
    expect(formatChange(-5.6, '新增')).toBe('−6%');
    expect(formatChange(0.3, '新增')).toBe('±0%');
    expect(formatChange(null, '新增')).toBe('新增');
  });
  it('calls a change that rounds to zero flat', () => {
    expect(changeTrend(0.4)).toBe('flat');
    expect(changeTrend(3)).toBe('up');
    expect(changeTrend(-3)).toBe('down');
    expect(changeTrend(null)).toBe('new');
  });
});
