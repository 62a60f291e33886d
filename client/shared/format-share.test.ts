import { describe, expect, it } from 'vitest';
import { formatShare } from './format-share';

describe('formatShare', () => {
  it('writes a share as a percentage with one decimal, and a dash when there is nothing to divide', () => {
    expect(formatShare(0.4567)).toBe('45.7%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatShare(null)).toBe('—');
  });
});
