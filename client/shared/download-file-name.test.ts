import { describe, expect, it } from 'vitest';
import { downloadFileName, fileStamp } from './download-file-name';

describe('downloadFileName', () => {
  it('joins the parts with "-" and keeps Chinese names as they are', () => {
    expect(downloadFileName(['网格方案', '三里坪街道', '20261204-2256'], 'geojson')).toBe('网格方案-三里坪街道-20261204-2256.geojson');
  });

  it('replaces what a file system refuses and spaces, and leaves out empty parts', () => {
    expect(downloadFileName(['grid plan', 'A/B: "C"', ''], 'csv')).toBe('grid_plan-A_B_C.csv');
  });
});

describe('fileStamp', () => {
  it('is the Beijing date and minute, not the machine time zone', () => {
    // 14:56 UTC is 22:56 in Beijing; 16:30 UTC is already the next day there.
    expect(fileStamp(Date.parse('2026-12-04T14:56:30Z'))).toBe('20261204-2256');
    expect(fileStamp(Date.parse('2026-12-04T16:30:00Z'))).toBe('20261205-0030');
  });
});
