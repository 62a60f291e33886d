import { describe, expect, it } from 'vitest';
import type { DosageFiguresView, PlaceDosageView } from '../../core/contracts/dosage';
import { createTranslator } from '../i18n/messages';
import { describeDosagePick } from './dosage-tooltip';

const figures = (f: Partial<DosageFiguresView>): DosageFiguresView => ({ visits: 0, checkInVisits: 0, dwellMin: 0, koperVisits: 0, koperShare: null, longestGapMin: null, gapsOverTarget: 0, presenceByDay: [], presenceMinPerDay: 0, ...f });

describe('describeDosagePick', () => {
  it('names the place first, then visits by force, dwell with the Koper share, and the longest gap, in Chinese', () => {
    const place: PlaceDosageView = { id: 'cell-3-4', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.5, 31.2], all: figures({ visits: 3, dwellMin: 31.5, koperShare: 2 / 3, longestGapMin: 75.4 }), police: figures({ visits: 2 }), grid: figures({ visits: 1 }) };
    const text = describeDosagePick({ layer: { id: 'dosage-cells' } as never, object: place }, createTranslator('zh-CN'));
    expect(text).toBe('星河城1栋附近\n到访 3 次（民警 2、网格员 1）\n停留 32 分钟，10–16 分钟有效停留占 67%\n最长间隔：75 分钟');
  });

  it('answers null for other layers', () => {
    expect(describeDosagePick({ layer: { id: 'key-places' } as never, object: {} }, createTranslator('zh-CN'))).toBeNull();
  });
});
