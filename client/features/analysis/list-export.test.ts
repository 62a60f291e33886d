import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { RatesAnswer, RepeatsAnswer } from '../../../core/contracts/analysis';
import { createTranslator } from '../../i18n/messages';
import { exportList } from './list-export';

const zh = createTranslator('zh-CN');
const names: Record<string, string> = { FIGHT: '打架斗殴', DRUNK: '醉酒滋事', THEFT_RES: '入室盗窃' };
const nameOf = (code: string) => names[code] ?? code;
// Midnight of 2 November to midnight of 9 November, Beijing time: the week 2–8 November.
const period = { from: '2026-11-01T16:00:00Z', to: '2026-11-08T16:00:00Z' };

const rates: RatesAnswer = {
  ...period,
  until: period.to,
  previousFrom: '2026-10-25T16:00:00Z',
  previousTo: period.from,
  partial: false,
  recordsFrom: '2025-12-01T00:00:00Z',
  previousOnRecord: true,
  grids: [
    { code: '511703001001001', name: '巴山社区第1网格', residents: 1200, count: 9, per1000: 7.4625, previous: 6, changePct: 50 },
    { code: '511703001001002', name: '=SUM(A1), "西外"', residents: 800, count: 2, per1000: 2.5, previous: 0, changePct: null },
  ],
  beats: [{ code: 'B01', name: '三里坪第一警格', residents: 2000, count: 11, per1000: 5.5, previous: 12, changePct: -8.333 }],
};

const repeats: RepeatsAnswer = {
  locations: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [107.5, 31.2] }, properties: { count: 3, categories: ['FIGHT'], first: '2026-11-02T01:00:00Z', last: '2026-11-05T13:30:00Z', place: '星河城1栋附近' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [107.51, 31.21] }, properties: { count: 6, categories: ['DRUNK', 'FIGHT'], first: '2026-11-02T00:00:00Z', last: '2026-11-03T00:00:00Z' } },
    ],
  },
  pairs: {
    type: 'FeatureCollection',
    features: [1, 2, 3].map((i) => ({
      type: 'Feature' as const,
      geometry: { type: 'LineString' as const, coordinates: [[107.5, 31.2], [107.5002, 31.2001]] },
      properties: { category: 'THEFT_RES', distanceM: 22.4 * i, days: 0.25 * i, firstAt: '2026-11-03T00:00:00Z', secondAt: new Date(Date.parse('2026-11-03T00:00:00Z') + i * 6 * 3_600_000).toISOString() },
    })),
  },
  meta: { distanceM: 200, days: 7, pairsFound: 3, truncated: false, duplicates: 0 },
};

const rowsOf = (text: string) => parse(text, { bom: true }) as string[][];

describe('exporting an analysis list as CSV', () => {
  it('writes a grid’s rates as the table shows them, under a Chinese header, named after the tab and the period', () => {
    const file = exportList('grids', { rates }, period, zh, nameOf)!;
    expect(file.fileName).toBe('网格发案率-2026-11-02至2026-11-08.csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    expect(file.rows).toBe(2);
    expect(rowsOf(file.text)).toEqual([
      ['网格', '编码', '人口', '警情数', '每千人', '上期', '变化（%）'],
      ['巴山社区第1网格', '511703001001001', '1200', '9', '7.5', '6', '50'],
      // No change where the table shows '–'; a name a spreadsheet would run as a formula is kept as text.
      ["'=SUM(A1), \"西外\"", '511703001001002', '800', '2', '2.5', '0', ''],
    ]);
  });

  it('writes a beat’s rates under 警格, the change to one decimal', () => {
    const file = exportList('beats', { rates }, period, zh, nameOf)!;
    expect(file.fileName).toBe('警格发案率-2026-11-02至2026-11-08.csv');
    expect(rowsOf(file.text)[1]).toEqual(['三里坪第一警格', 'B01', '2000', '11', '5.5', '12', '-8.3']);
  });

  it('writes repeat locations most incidents first, by name or the list’s words for none, in Beijing time with coordinates beside', () => {
    const file = exportList('places', { repeats }, period, zh, nameOf)!;
    expect(rowsOf(file.text)).toEqual([
      ['位置', '警情数', '类别', '首次', '最近一次', '经度', '纬度'],
      ['（300 米内无标准地址）', '6', '醉酒滋事、打架斗殴', '2026-11-02 08:00', '2026-11-03 08:00', '107.510000', '31.210000'],
      ['星河城1栋附近', '3', '打架斗殴', '2026-11-02 09:00', '2026-11-05 21:30', '107.500000', '31.200000'],
    ]);
  });

  it('writes every near-repeat pair the server sent, with metres and hours apart', () => {
    const file = exportList('pairs', { repeats }, period, zh, nameOf)!;
    expect(file.rows).toBe(3);
    expect(file.found).toBeUndefined();
    expect(rowsOf(file.text)[0]).toEqual(['位置', '类别', '距离（米）', '间隔（小时）', '首起', '次起']);
    expect(rowsOf(file.text)[3]).toEqual(['（300 米内无标准地址）', '入室盗窃', '67', '18', '2026-11-03 08:00', '2026-11-04 02:00']);
    // Three minutes apart is not 0 hours.
    const close = structuredClone(repeats);
    close.pairs.features[0].properties.secondAt = '2026-11-03T00:03:00Z';
    expect(rowsOf(exportList('pairs', { repeats: close }, period, zh, nameOf)!.text)[1][3]).toBe('0.05');
    // Where the server found more than it sent, the file says so through `found`.
    expect(exportList('pairs', { repeats: { ...repeats, meta: { ...repeats.meta, pairsFound: 8916, truncated: true } } }, period, zh, nameOf)!.found).toBe(8916);
  });

  it('writes the header in English for an English reader', () => {
    const file = exportList('grids', { rates }, period, createTranslator('en'), nameOf)!;
    expect(file.fileName).toBe('Rates_by_grid-2026-11-02_to_2026-11-08.csv');
    expect(rowsOf(file.text)[0]).toEqual(['Grid', 'Code', 'Residents', 'Incidents', 'Per 1,000', 'Previous', 'Change (%)']);
  });

  it('gives no file for a list whose answer has not come', () => {
    expect(exportList('grids', { repeats }, period, zh, nameOf)).toBeNull();
    expect(exportList('pairs', { rates }, period, zh, nameOf)).toBeNull();
  });
});
