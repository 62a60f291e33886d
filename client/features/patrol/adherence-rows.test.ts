import { describe, expect, it } from 'vitest';
import type { PatrolAdherenceView } from '../../../core/contracts/dosage';
import { localInstant } from '../../../core/time';
import { createTranslator } from '../../i18n/messages';
import { toAdherenceRows } from './adherence-rows';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
// Monday 2 March 2026, local time in Dachuan, as the server's ISO instants.
const local = (hhmm: string) => new Date(localInstant(2026, 3, 2, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3)))).toISOString();

const stop = (index: number, name: string, status: 'on_time' | 'late' | 'skipped', arrivedAt: string | null, evidence: 'pings' | 'check_in' | null, dwellMin: number | null) => ({
  index, name, status, reached: status !== 'skipped', onTime: status === 'on_time', evidence, dwellMin,
  arrivedAt: arrivedAt && local(arrivedAt), plannedArrival: local(`08:${10 + 20 * index}`), plannedDeparture: local(`08:${20 + 20 * index}`),
  windowOpen: local('08:00'), windowClose: local('09:10'),
});

const patrol: PatrolAdherenceView = {
  id: 'p1', username: 'officer01', unitName: '第1警格 社区民警（演示）', role: 'officer', force: 'police', routeId: 'r1', routeName: '晚高峰步巡',
  startedAt: local('07:58'), endedAt: null, planned: 3, reached: 2, onTime: 1, skipped: 1,
  stops: [stop(0, '达川中学南门', 'on_time', '08:12', 'pings', 12.4), stop(1, '西外农贸市场', 'late', '08:58', 'check_in', null), stop(2, '凤凰山公园', 'skipped', null, null, null)],
};

describe('the 执行情况 rows', () => {
  it('names each stop with its status, planned times, arrival and dwell in local time, in Chinese', () => {
    const [row] = toAdherenceRows([patrol], zh);
    expect(row).toMatchObject({ who: '第1警格 社区民警（演示）', role: '社区民警', when: '3月2日 07:58–进行中', reached: 2, planned: 3, onTime: 1, skipped: 1 });
    expect(row.stops).toEqual([
      { name: '达川中学南门', status: 'on_time', statusText: '准时', detail: '计划 08:10–08:20 · 08:12 到达 · 停留 12 分钟' },
      { name: '西外农贸市场', status: 'late', statusText: '迟到', detail: '计划 08:30–08:40 · 08:58 签到' },
      { name: '凤凰山公园', status: 'skipped', statusText: '漏巡', detail: '计划 08:50–09:00' },
    ]);
  });

  it('words the same in English, and an ended patrol by its end time', () => {
    const [row] = toAdherenceRows([{ ...patrol, endedAt: local('09:28') }], en);
    expect(row.when).toBe('3/2 07:58–09:28');
    expect(row.stops[2].statusText).toBe('skipped');
  });

  it('rounds times to the nearest minute, as the route’s stop list does', () => {
    const halfPast = (hhmm: string) => new Date(Date.parse(local(hhmm)) + 30_000).toISOString();
    const [row] = toAdherenceRows([{ ...patrol, stops: [{ ...patrol.stops[2], plannedArrival: halfPast('19:40'), plannedDeparture: local('19:50') }] }], zh);
    expect(row.stops[0].detail).toBe('计划 19:41–19:50');
  });

  it('is empty for no patrols', () => {
    expect(toAdherenceRows([], zh)).toEqual([]);
  });
});
