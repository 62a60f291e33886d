import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { septemberCsv } from '../../test/bench/portland-september-csv';

// The September calls were transcribed, not downloaded (SOURCE.txt): these hold the file to what SOURCE says of it and
// the conversion to the projection August's shipped lon/lat came from.
const dir = 'data/real/portland-nij-cfs';
const rows = (file: string) => readFileSync(`${dir}/${file}`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

describe('Portland calls for service', () => {
  it('September holds the 18,443 calls SOURCE.txt counts, all in September 2016', () => {
    const sep = rows('portland_cfs_2016-09.csv');
    expect(sep).toHaveLength(18_443);
    const byCategory = Object.fromEntries(['STREET CRIMES', 'BURGLARY', 'MOTOR VEHICLE THEFT', 'OTHER'].map((c) => [c, sep.filter((r) => r[0] === c).length]));
    expect(byCategory).toEqual({ 'STREET CRIMES': 3_046, BURGLARY: 86, 'MOTOR VEHICLE THEFT': 212, OTHER: 15_099 });
    expect(sep.every((r) => /^2016-09-(0[1-9]|[12]\d|30)$/.test(r[1]))).toBe(true);
  });

  it('converts state-plane feet to the lon/lat August was shipped with', () => {
    const aug = rows('portland_cfs_2016-08.csv').slice(0, 500);
    const transcript = aug.map((r) => `01;${r.at(-5)};${r.at(-4)};O`);
    const converted = septemberCsv(transcript).trim().split('\n').slice(1).map((l) => l.split(','));
    converted.forEach((r, i) => {
      expect(Math.abs(Number(r[4]) - Number(aug[i].at(-3)))).toBeLessThanOrEqual(1.01e-6);
      expect(Math.abs(Number(r[5]) - Number(aug[i].at(-2)))).toBeLessThanOrEqual(1.01e-6);
    });
  });

  it('refuses a transcript line that is not day;x;y;category', () => {
    expect(() => septemberCsv(['01;7624094;709457;S', '31;7624094;709457;S'])).toThrow(/line 2/);
    expect(() => septemberCsv(['01;762409;709457;S'])).toThrow(/line 1/);
  });
});
