import { describe, expect, it } from 'vitest';
import type { ProfileAnswer } from '../../../core/contracts/analysis';
import { createTranslator } from '../../i18n/messages';
import { seriesNotes } from './series-notes';

const t = createTranslator('zh-CN');
const day = (iso: string) => iso.slice(0, 10);
const profile = (partial: boolean, first: boolean, last: boolean, buckets = ['2026-11-09', '2026-11-16']): Pick<ProfileAnswer, 'from' | 'until' | 'partial' | 'series'> => ({
  from: '2026-11-10T16:00:00Z',
  until: '2026-11-20T16:00:00Z',
  partial,
  series: { bucket: 'week', buckets, clipped: { first, last }, categories: [] },
});

describe('the notes on the chart’s short bars', () => {
  it('says where a first bar cut by the period starts, and where the last ends', () => {
    expect(seriesNotes(profile(false, true, true), t, day)).toEqual(['首段自 2026-11-10 起', '末段计至 2026-11-20']);
  });

  it('says a running period’s last bar is not over, once, and nothing of whole bars', () => {
    expect(seriesNotes(profile(true, false, true), t, day)).toEqual(['末段未完，计至 2026-11-20']);
    expect(seriesNotes(profile(false, false, false), t, day)).toEqual([]);
    expect(seriesNotes(profile(true, true, true, []), t, day)).toEqual([]);
  });
});
