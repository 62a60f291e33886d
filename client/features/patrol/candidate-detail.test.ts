import { describe, expect, it } from 'vitest';
import type { PatrolCandidateView } from '../../../core/contracts/patrol';
import { createTranslator } from '../../i18n/messages';
import { describeCandidateDetail } from './candidate-detail';

const t = createTranslator('zh-CN');
const cell = (incidents: number, risk: number): PatrolCandidateView => ({ id: 'cell-3-4', kind: 'hotspot', name: '星河城1栋附近', lngLat: [107.5, 31.2], risk, mandatory: false, incidents });
const answer = (hotspots: 'gi' | 'forecast') => ({ weeks: 8, window: { start: '19:00', end: '23:00' }, hotspots });

describe('a candidate’s detail line', () => {
  it('gives a Gi* cell its incidents of the window', () => {
    expect(describeCandidateDetail(cell(5, 0.625), answer('gi'), t)).toBe('近 8 周该时段警情 5 起');
  });

  it('gives a forecast cell its incidents and its forecast a week', () => {
    expect(describeCandidateDetail(cell(5, 1.312), answer('forecast'), t)).toBe('近 8 周该时段警情 5 起，预测每周 1.31 起');
  });

  it('says where a forecast comes from when the cell itself had no incident', () => {
    expect(describeCandidateDetail(cell(0, 1.31), answer('forecast'), t)).toBe('近 8 周该时段警情 0 起，预测每周 1.31 起（本格近期无警情，预测由周边方格的警情推算）');
  });

  it('gives a key place the time its peak can be visited', () => {
    const place: PatrolCandidateView = { id: 'KP03', kind: 'key_place', name: '达川中学', lngLat: [107.5, 31.2], risk: 1.5, mandatory: false, window: { openMin: 30, closeMin: 120 } };
    expect(describeCandidateDetail(place, answer('gi'), t)).toBe('高峰可到访 19:30–21:00');
  });

  it('gives a key place in a hot cell the cell’s incidents too, which its risk counts', () => {
    const place: PatrolCandidateView = { id: 'KP07', kind: 'key_place', name: '小河嘴KTV聚集区', lngLat: [107.5, 31.2], risk: 3.5, mandatory: false, window: { openMin: 60, closeMin: 240 }, incidents: 16 };
    expect(describeCandidateDetail(place, answer('gi'), t)).toBe('高峰可到访 20:00–23:00；所在热点方格近 8 周该时段警情 16 起');
  });
});
