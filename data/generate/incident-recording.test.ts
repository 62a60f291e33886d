import { describe, expect, it } from 'vitest';
import { demoRecordedAtMs, drawRecordingDelayMs } from './incident-recording';
import { createRng } from './prng';

const at = (iso: string) => Date.parse(iso);

describe('demoRecordedAtMs', () => {
  it('records an incident its delay after it happened', () => {
    expect(demoRecordedAtMs(at('2026-03-05T14:05:00+08:00'), 7 * 60_000)).toBe(at('2026-03-05T14:12:00+08:00'));
  });

  it('holds one of late evening to the last minute of its day in Shanghai, so that it is not a late report', () => {
    expect(demoRecordedAtMs(at('2026-03-05T23:52:00+08:00'), 10 * 60_000)).toBe(at('2026-03-05T23:59:00+08:00'));
    // 15:55 UTC is 23:55 in Shanghai: the day that ends is Shanghai's, not UTC's.
    expect(demoRecordedAtMs(at('2026-03-05T15:55:00Z'), 10 * 60_000)).toBe(at('2026-03-05T15:59:00Z'));
    expect(demoRecordedAtMs(at('2026-03-05T23:59:30+08:00'), 60_000)).toBe(at('2026-03-05T23:59:30+08:00'));
  });

  it('records none after the demo\'s anchor, where the next incident entered would come before it', () => {
    expect(demoRecordedAtMs(at('2026-03-05T06:58:00+08:00'), 12 * 60_000, at('2026-03-05T07:00:00+08:00'))).toBe(at('2026-03-05T07:00:00+08:00'));
  });
});

describe('drawRecordingDelayMs', () => {
  it('draws whole minutes from 1 to 15, the same for the same stream', () => {
    const draw = (stream: string) => Array.from({ length: 500 }, ((rng) => () => drawRecordingDelayMs(rng))(createRng('s', stream)));
    const delays = draw('a');
    expect(new Set(delays)).toEqual(new Set(Array.from({ length: 15 }, (_, k) => (k + 1) * 60_000)));
    expect(draw('a')).toEqual(delays);
  });
});
