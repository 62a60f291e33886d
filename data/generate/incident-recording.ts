/**
 * When the demo's desk entered an incident (its recorded_at): a few minutes after it happened, as a call is taken and
 * typed in, yet never on a later local day. An incident recorded on a later day than it happened is a late report
 * (补录, client/wall/feed-time.ts), and no demo incident is one. The demo year (incidents.ts) and the scale load's
 * copies (scale-incidents.ts) both take their recording times from here. No I/O.
 */
import { DAY_MS, MINUTE_MS, startOfLocalDay } from '../../core/time';
import type { Rng } from './prng';

/** A desk's delay: 1 to 15 whole minutes. */
export function drawRecordingDelayMs(rng: Rng): number {
  return rng.int(1, 15) * MINUTE_MS;
}

/**
 * `delayMs` after `occurredMs`, held to the last minute of its local day (Asia/Shanghai) and to `latestMs` (the demo's
 * anchor: an incident of 06:58 in a demo made at 07:05 is not recorded at 07:10, ahead of what is entered next). Times
 * in ms since the epoch.
 */
export function demoRecordedAtMs(occurredMs: number, delayMs: number, latestMs = Infinity): number {
  return Math.max(occurredMs, Math.min(occurredMs + delayMs, startOfLocalDay(occurredMs) + DAY_MS - MINUTE_MS, latestMs));
}
