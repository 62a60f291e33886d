import type { Me } from '../../../core/contracts/auth';

/** Warn this long before the idle expiry. */
export const idleWarningMs = 2 * 60_000;
/** User activity slides the server's idle timer (GET /api/auth/me) at most this often. */
export const slideEveryMs = 5 * 60_000;

/** A session's expiry in this browser's clock: idle window length (ms) and the absolute end (ms since epoch). */
export interface SessionClock {
  idleWindowMs: number;
  absoluteExpiresAtMs: number;
}

/**
 * The session's expiry from the server's answer, in this browser's clock: the idle window is the distance from the
 * server's "now" to its idle expiry, the absolute end is shifted by the server's clock offset (server − browser, ms).
 */
export function toSessionClock(me: Pick<Me, 'idleExpiresAt' | 'absoluteExpiresAt'>, serverNowMs: number, serverOffsetMs: number): SessionClock {
  const idle = Date.parse(me.idleExpiresAt) - serverNowMs;
  return {
    idleWindowMs: Math.max(0, Math.round(idle / 1000) * 1000),
    absoluteExpiresAtMs: Date.parse(me.absoluteExpiresAt) - serverOffsetMs,
  };
}

export type SessionTimerState =
  | { kind: 'ok'; expiresAtMs: number }
  | { kind: 'warn'; expiresAtMs: number; msLeft: number } // the idle expiry is near: offer "Stay signed in"
  | { kind: 'expired'; expiresAtMs: number }; // past the idle or absolute end: ask the server, which decides

/**
 * Where a session stands at nowMs, given when the server last heard from this page (every API call slides the idle
 * expiry). Only the idle expiry is warned about: the absolute one cannot be extended. All times in this browser's ms.
 */
export function sessionTimerState(clock: SessionClock, lastContactMs: number, nowMs: number, warnBeforeMs = idleWarningMs): SessionTimerState {
  const idleExpiresAtMs = lastContactMs + clock.idleWindowMs;
  const expiresAtMs = Math.min(idleExpiresAtMs, clock.absoluteExpiresAtMs);
  if (nowMs >= expiresAtMs) return { kind: 'expired', expiresAtMs };
  if (idleExpiresAtMs <= clock.absoluteExpiresAtMs && idleExpiresAtMs - nowMs <= warnBeforeMs) {
    return { kind: 'warn', expiresAtMs, msLeft: idleExpiresAtMs - nowMs };
  }
  return { kind: 'ok', expiresAtMs };
}

/** Whether the user's activity at nowMs should slide the server's idle timer: not more than once per slideEveryMs. */
export function shouldSlideOnActivity(lastContactMs: number, nowMs: number, everyMs = slideEveryMs): boolean {
  return nowMs - lastContactMs >= everyMs;
}

/** 95 000 ms → "1:35": minutes and seconds left, rounded up to the second. */
export function formatCountdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
