import { describe, expect, it } from 'vitest';
import type { DosageEffectAnswer } from '../../../core/contracts/dosage';
import { createTranslator } from '../../i18n/messages';
import { toEffectRows } from './effect-rows';

const zh = createTranslator('zh-CN');
const spot = (id: string, name: string, visits: number, c: Partial<DosageEffectAnswer['hotspots'][number]['comparison']>): DosageEffectAnswer['hotspots'][number] => ({
  id, name, kind: 'hotspot', lngLat: [107.5, 31.2], visits,
  comparison: { visitHours: 0, visitIncidents: 0, visitRate: null, otherHours: 0, otherIncidents: 0, otherRate: null, expectedIncidents: null, unmatchedVisitHours: 0, ...c },
});

describe('the 巡后警情对比 rows', () => {
  it('shows the server’s rates with the incidents and hours they rest on, visited hot spots first, no sample where none was visited', () => {
    const rows = toEffectRows([
      spot('cell-1-1', '星河城1栋附近', 0, { otherHours: 0 }),
      spot('cell-2-2', '西外农贸市场附近', 2, { visitHours: 8, visitIncidents: 2, visitRate: 0.25, otherHours: 40, otherIncidents: 6, otherRate: 0.15, expectedIncidents: 1.2 }),
    ], zh);
    expect(rows).toEqual([
      { id: 'cell-2-2', name: '西外农贸市场附近', visits: 2, afterRate: '0.25 起/小时', afterSample: '2 起 / 8 小时', otherRate: '0.15 起/小时', otherSample: '6 起 / 40 小时', expected: '1.2' },
      { id: 'cell-1-1', name: '星河城1栋附近', visits: 0, afterRate: '—', afterSample: '', otherRate: '—', otherSample: '', expected: '—' },
    ]);
  });

  it('is empty without hot spots', () => {
    expect(toEffectRows([], zh)).toEqual([]);
  });
});
