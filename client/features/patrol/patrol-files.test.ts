import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { patrolFileName } from './patrol-files';

const t = createTranslator('zh-CN');

describe('export file names', () => {
  it('name the station by its name, the window, the mode and the day, in Chinese', () => {
    expect(patrolFileName(t, { stationName: '三里坪派出所', window: { start: '23:00', end: '03:00' }, mode: 'foot' }, '2026-12-07', 'gpx')).toBe(
      '巡防路线-三里坪派出所-2300-0300-步行-20261207.gpx',
    );
  });

  it('name a start picked on the map by its place, or as 自选起点 when it has none', () => {
    expect(patrolFileName(t, { stationName: '星河城', window: { start: '22:00', end: '02:00' }, mode: 'car' }, '2026-03-14', 'geojson')).toBe(
      '巡防路线-星河城-2200-0200-车巡-20260314.geojson',
    );
    expect(patrolFileName(t, { stationName: null, window: { start: '22:00', end: '02:00' }, mode: 'car' }, '2026-03-14', 'geojson')).toBe(
      '巡防路线-自选起点-2200-0200-车巡-20260314.geojson',
    );
  });

  it('say the kind and mode in English in the English interface', () => {
    expect(patrolFileName(createTranslator('en'), { stationName: '三里坪派出所', window: { start: '19:00', end: '23:00' }, mode: 'foot' }, '2026-03-10', 'gpx')).toBe(
      'patrol-route-三里坪派出所-1900-2300-On_foot-20260310.gpx',
    );
  });
});
