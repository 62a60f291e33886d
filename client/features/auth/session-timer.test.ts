import { describe, expect, it } from 'vitest';
import { formatCountdown, sessionTimerState, shouldSlideOnActivity, toSessionClock, type SessionClock } from './session-timer';

const min = 60_000;
const t0 = Date.parse('2026-05-01T08:00:00Z');
const clock: SessionClock = { idleWindowMs: 30 * min, absoluteExpiresAtMs: t0 + 12 * 60 * min };

describe('toSessionClock', () => {
  it('measures the idle window on the server clock, so a skewed browser clock does not matter', () => {
    const me = { idleExpiresAt: '2026-05-01T08:30:00.000Z', absoluteExpiresAt: '2026-05-01T20:00:00.000Z' };
    // the browser is 5 minutes behind the server
    const c = toSessionClock(me, t0, 5 * min);
    expect(c.idleWindowMs).toBe(30 * min);
    expect(c.absoluteExpiresAtMs).toBe(Date.parse('2026-05-01T19:55:00Z'));
  });

  it('reads PostgreSQL timestamps with an hour offset', () => {
    const c = toSessionClock({ idleExpiresAt: '2026-05-01 16:30:00.4+08', absoluteExpiresAt: '2026-05-02 04:00:00+08' }, t0, 0);
    expect(c.idleWindowMs).toBe(30 * min);
  });
});

describe('sessionTimerState', () => {
  it('is quiet while the idle expiry is more than two minutes away', () => {
    expect(sessionTimerState(clock, t0, t0 + 27 * min).kind).toBe('ok');
  });

  it('warns two minutes before the idle expiry, with the time left', () => {
    const s = sessionTimerState(clock, t0, t0 + 28.5 * min);
    expect(s).toEqual({ kind: 'warn', expiresAtMs: t0 + 30 * min, msLeft: 1.5 * min });
  });

  it('counts from the last contact with the server: a later request pushes the warning back', () => {
    expect(sessionTimerState(clock, t0 + 10 * min, t0 + 28.5 * min).kind).toBe('ok');
  });

  it('is expired at the idle expiry', () => {
    expect(sessionTimerState(clock, t0, t0 + 30 * min).kind).toBe('expired');
  });

  it('is expired at the absolute expiry even when the server was heard from just now, and does not warn of it', () => {
    const ending = { ...clock, absoluteExpiresAtMs: t0 + 60 * min };
    expect(sessionTimerState(ending, t0 + 59 * min, t0 + 59.5 * min).kind).toBe('ok');
    expect(sessionTimerState(ending, t0 + 59 * min, t0 + 60 * min)).toEqual({ kind: 'expired', expiresAtMs: t0 + 60 * min });
  });
});

describe('shouldSlideOnActivity', () => {
  it('slides at most once every five minutes of activity', () => {
    expect(shouldSlideOnActivity(t0, t0 + 4 * min)).toBe(false);
    expect(shouldSlideOnActivity(t0, t0 + 5 * min)).toBe(true);
  });
});

describe('formatCountdown', () => {
  it('writes minutes and seconds, rounding up', () => {
    expect(formatCountdown(95_000)).toBe('1:35');
    expect(formatCountdown(119_001)).toBe('2:00');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
