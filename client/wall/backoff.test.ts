import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from './backoff';

describe('reconnectDelayMs', () => {
  it('starts at 1 s and doubles', () => {
    expect([0, 1, 2, 3, 4].map((a) => reconnectDelayMs(a))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });
  it('never waits more than 30 s, however many attempts failed', () => {
    expect(reconnectDelayMs(5)).toBe(30_000);
    expect(reconnectDelayMs(10_000)).toBe(30_000);
  });
});
