import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from './fixed-window-limiter';

describe('FixedWindowLimiter', () => {
  it('lets a key through up to its limit, refuses the next with the seconds left, and forgets it in the next window', () => {
    let nowMs = 120_000 + 15_000; // 15 s into a minute
    const limiter = new FixedWindowLimiter(2, 60_000, () => nowMs);
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: true });
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterS: 45 });
    expect(limiter.hit('b')).toEqual({ allowed: true });
    nowMs = 180_000;
    expect(limiter.hit('a')).toEqual({ allowed: true });
  });

  it('asks a caller refused in the window’s last moment to wait at least a second', () => {
    const limiter = new FixedWindowLimiter(1, 60_000, () => 59_999);
    limiter.hit('a');
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterS: 1 });
  });
});
