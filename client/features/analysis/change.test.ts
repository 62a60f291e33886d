import { describe, expect, it } from 'vitest';
import { changeDirection, formatChangePct } from './change';

describe('a change against the previous period, as shown', () => {
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
