import { describe, expect, it } from 'vitest';
import { perThousand } from './per-thousand';

describe('perThousand', () => {
  it('counts per 1,000 people, rounded to 2 decimals', () => {
    expect(perThousand(5, 1067)).toBe(4.69);
    expect(perThousand(689, 5543)).toBe(124.3);
  });
  it('is null without people, and 0 with none counted', () => {
    expect(perThousand(3, 0)).toBeNull();
    expect(perThousand(0, 1067)).toBe(0);
  });
});
