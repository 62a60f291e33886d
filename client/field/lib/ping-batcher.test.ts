import { describe, expect, it } from 'vitest';
import type { FieldPing } from '../../../core/contracts/field';
import { drainBatches, emptyPingBuffer, isSendDue, offerFix } from './ping-batcher';
import { choosePingPolicy, lowBatteryPolicy, normalPolicy } from './ping-policy';

const t0 = Date.parse('2026-12-03T10:00:00Z');
const fixAt = (ms: number): FieldPing => ({ at: new Date(ms).toISOString(), position: [107.5, 31.2], accuracyM: 8 });

/** Fixes every second for `seconds`, offered to a buffer under a policy. */
function feed(seconds: number, policy = normalPolicy) {
  let buffer = emptyPingBuffer(t0);
  for (let s = 0; s < seconds; s++) buffer = offerFix(buffer, fixAt(t0 + s * 1000), t0 + s * 1000, policy);
  return buffer;
}

describe('the ping buffer', () => {
  it('keeps one fix every 5 s from fixes every second', () => {
    const buffer = feed(21);
    expect(buffer.pings.map((p) => (Date.parse(p.at) - t0) / 1000)).toEqual([0, 5, 10, 15, 20]);
  });

  it('keeps one fix every 15 s on a low battery', () => {
    expect(feed(31, lowBatteryPolicy).pings).toHaveLength(3);
  });

  it('is due to send after the send interval, not before, and never when empty', () => {
    const buffer = feed(6);
    expect(isSendDue(buffer, t0 + 14_999, normalPolicy)).toBe(false);
    expect(isSendDue(buffer, t0 + 15_000, normalPolicy)).toBe(true);
    expect(isSendDue(emptyPingBuffer(t0), t0 + 60_000, normalPolicy)).toBe(false);
  });

  it('drains into batches of at most the given size, oldest first, and empties', () => {
    const { batches, buffer } = drainBatches(feed(26), t0 + 30_000, 2);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2]);
    expect(batches[0][0].at).toBe(fixAt(t0).at);
    expect(buffer.pings).toEqual([]);
    expect(buffer.lastSendMs).toBe(t0 + 30_000);
  });

  it('does not keep two pings with the same time (one row on the server)', () => {
    let buffer = offerFix(emptyPingBuffer(t0), fixAt(t0), t0, normalPolicy);
    buffer = offerFix(buffer, fixAt(t0), t0 + 6000, normalPolicy);
    expect(buffer.pings).toHaveLength(1);
  });
});

describe('choosePingPolicy', () => {
  it('slows down on a low battery that is not charging', () => {
    expect(choosePingPolicy({ level: 0.15, charging: false })).toBe(lowBatteryPolicy);
    expect(choosePingPolicy({ level: 0.2, charging: false })).toBe(lowBatteryPolicy);
  });

  it('keeps the normal pace when charging, above 20 %, or without a battery API', () => {
    expect(choosePingPolicy({ level: 0.1, charging: true })).toBe(normalPolicy);
    expect(choosePingPolicy({ level: 0.21, charging: false })).toBe(normalPolicy);
    expect(choosePingPolicy(null)).toBe(normalPolicy);
  });
});
