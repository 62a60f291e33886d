import type { FieldPing } from '../../../core/contracts/field';
import { maxPingsPerBatch } from '../../../core/contracts/field';
import type { PingPolicy } from './ping-policy';

/**
 * The pings of a started patrol between two sends: watchPosition reports as often as the phone likes, and this keeps
 * one ping per policy interval (the latest fix at each tick) and hands them over as batches of at most
 * maxPingsPerBatch. Pure state in, state out; the patrol hook owns the timers.
 */
export interface PingBuffer {
  pings: FieldPing[];
  lastPingMs: number | null;
  lastSendMs: number;
}

export const emptyPingBuffer = (nowMs: number): PingBuffer => ({ pings: [], lastPingMs: null, lastSendMs: nowMs });

/** Adds the fix as a ping when the policy's interval has passed since the last one (or it is the first). */
export function offerFix(buffer: PingBuffer, fix: FieldPing, nowMs: number, policy: PingPolicy): PingBuffer {
  if (buffer.lastPingMs !== null && nowMs - buffer.lastPingMs < policy.pingEveryMs) return buffer;
  // Two pings at the same instant would be one row on the server (its key is patrol + time): keep the first.
  if (buffer.pings.some((p) => p.at === fix.at)) return buffer;
  return { ...buffer, pings: [...buffer.pings, fix], lastPingMs: nowMs };
}

/** Whether the buffer is due to be sent: the send interval has passed and there is something to send. */
export function isSendDue(buffer: PingBuffer, nowMs: number, policy: PingPolicy): boolean {
  return buffer.pings.length > 0 && nowMs - buffer.lastSendMs >= policy.sendEveryMs;
}

/** Takes everything buffered as batches (oldest first) and leaves an empty buffer marked as sent now. */
export function drainBatches(buffer: PingBuffer, nowMs: number, maxPerBatch = maxPingsPerBatch): { batches: FieldPing[][]; buffer: PingBuffer } {
  const batches: FieldPing[][] = [];
  for (let i = 0; i < buffer.pings.length; i += maxPerBatch) batches.push(buffer.pings.slice(i, i + maxPerBatch));
  return { batches, buffer: { pings: [], lastPingMs: buffer.lastPingMs, lastSendMs: nowMs } };
}
