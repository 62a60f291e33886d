import { describe, expect, it } from 'vitest';
import { measureReplicaLag, parseLsn, type PrimarySample } from './replica-lag';

describe('parseLsn', () => {
  it('reads both halves of a WAL position as hexadecimal', () => {
    expect(parseLsn('0/F000000')).toBe(0xf000000n);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
  });

  it('throws on text that is not a WAL position', () => {
    expect(() => parseLsn('16-B374D848')).toThrow(/not a WAL position/);
  });
});

describe('measureReplicaLag', () => {
  const samples: PrimarySample[] = [
    { atMs: 10_000, lsn: 100n },
    { atMs: 12_000, lsn: 150n },
    { atMs: 14_000, lsn: 400n },
  ];

  it('calls a replica current when it has replayed the latest position, however old its last replay', () => {
    const lag = measureReplicaLag(samples, 400n, 99_000);
    expect(lag).toEqual({ lagBytes: 0, lagSeconds: 0, samples: [samples[2]] });
  });

  it('counts the seconds since the primary first stood where the replica has not reached', () => {
    const lag = measureReplicaLag(samples, 120n, 20_000);
    expect(lag.lagBytes).toBe(280);
    expect(lag.lagSeconds).toBe(8); // since the sample at 12 s (150 > 120), not the one at 10 s
    expect(lag.samples).toEqual(samples.slice(1));
  });

  it('answers no lag without any sample of the primary', () => {
    expect(measureReplicaLag([], 5n, 1_000)).toEqual({ lagBytes: 0, lagSeconds: 0, samples: [] });
  });

  it('keeps the oldest unreached sample when the list is cut', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ atMs: i * 1000, lsn: BigInt(i + 10) }));
    const lag = measureReplicaLag(many, 0n, 3_000_000);
    expect(lag.samples.length).toBeLessThan(many.length);
    expect(lag.samples[0]).toBe(many[0]);
    expect(lag.samples.at(-1)).toBe(many.at(-1));
    expect(lag.lagSeconds).toBe(3000);
  });

  it('does not change the samples it is given', () => {
    const copy = structuredClone(samples);
    measureReplicaLag(samples, 120n, 20_000);
    expect(samples).toEqual(copy);
  });
});
