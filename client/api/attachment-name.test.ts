import { describe, expect, it } from 'vitest';
import { attachmentName } from './attachment-name';

describe('attachmentName', () => {
  it('reads the UTF-8 name of filename* before the ASCII fallback', () => {
    const header = `attachment; filename="registry-residents-511703001001001.csv"; filename*=UTF-8''${encodeURIComponent('实有人口-梧桐梁社区第1网格')}.csv`;
    expect(attachmentName(header)).toBe('实有人口-梧桐梁社区第1网格.csv');
  });

  it('falls back to the plain filename, and answers null without one', () => {
    expect(attachmentName('attachment; filename="grids.gpkg"')).toBe('grids.gpkg');
    expect(attachmentName(`attachment; filename="a.csv"; filename*=UTF-8''%E0%A4`)).toBe('a.csv');
    expect(attachmentName('attachment')).toBeNull();
    expect(attachmentName(null)).toBeNull();
  });
});
