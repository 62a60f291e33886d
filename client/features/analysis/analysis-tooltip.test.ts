import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { patternSide, patternText } from './analysis-labels';
import { describeAnalysisPick } from './analysis-tooltip';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const nameOf = (code: string) => ({ FIGHT: '打架斗殴' })[code] ?? code;
const time = (iso: string) => iso.slice(0, 10);

describe('analysis tooltips', () => {
  it('describes a hotspot cell by class, count and Gi* statistics', () => {
    const text = describeAnalysisPick({ layer: { id: 'analysis-hotspots' }, object: { properties: { class: 'hot-99', count: 12, z: 4.213, p: 0.00002, row: 1, col: 2 } } }, zh, nameOf, time);
    expect(text).toBe('热点 99% 置信\n警情 12 起\nGi* z = 4.21, p < 0.001');
  });

  it('describes a near-repeat pair with its category, distance and days', () => {
    const text = describeAnalysisPick(
      { layer: { id: 'analysis-repeat-pairs' }, object: { properties: { category: 'FIGHT', distanceM: 41.6, days: 1.25, firstAt: '2026-03-01T00:00:00Z', secondAt: '2026-03-02T06:00:00Z' } } },
      zh,
      nameOf,
      time,
    );
    expect(text).toBe('打架斗殴\n相距 42 m，间隔 1.3 天\n2026-03-01 → 2026-03-02');
  });

  it('names a hot cell and a repeat location by their nearest place', () => {
    const cell = describeAnalysisPick({ layer: { id: 'analysis-hotspots' }, object: { properties: { class: 'hot-95', count: 5, z: 2.5, p: 0.01, row: 1, col: 2, place: '星河城1栋附近' } } }, zh, nameOf, time);
    expect(cell!.split('\n')[1]).toBe('位置：星河城1栋附近');
    const place = describeAnalysisPick(
      { layer: { id: 'analysis-repeat-locations' }, object: { properties: { count: 4, categories: ['FIGHT'], first: '2026-03-01T00:00:00Z', last: '2026-03-05T00:00:00Z', place: '达川中学附近' } } },
      zh,
      nameOf,
      time,
    );
    expect(place).toBe('同一地点 4 起\n位置：达川中学附近\n打架斗殴\n2026-03-01 – 2026-03-05');
  });

  it('describes a forecast cell by its rank, its share of the area’s forecast and its place, never by the model’s unitless score', () => {
    const cell = { layer: { id: 'analysis-forecast' }, object: { properties: { row: 1, col: 2, rank: 3, score: 17.25, share: 0.0123, place: '星河城1栋附近' } } };
    expect(describeAnalysisPick(cell, zh, nameOf, time)).toBe('预测排名第 3\n占辖区预测的 1.2%\n位置：星河城1栋附近');
    expect(describeAnalysisPick(cell, en, nameOf, time)).toBe('Forecast rank 3\n1.2% of the area’s forecast\nAt: 星河城1栋附近');
    const unnamed = { ...cell, object: { properties: { ...cell.object.properties, place: null } } };
    expect(describeAnalysisPick(unnamed, zh, nameOf, time)).toBe('预测排名第 3\n占辖区预测的 1.2%');
  });

  it('says nothing for other layers or an empty pick', () => {
    expect(describeAnalysisPick({ layer: { id: 'beat-outline' }, object: { properties: {} } }, zh, nameOf, time)).toBeNull();
    expect(describeAnalysisPick({}, zh, nameOf, time)).toBeNull();
  });
});

describe('emerging patterns in words', () => {
  it('joins the kind and the side in each language', () => {
    expect(patternText('intensifying-hot', zh)).toBe('加剧热点');
    expect(patternText('new-cold', en)).toBe('New cold spot');
    expect(patternText('none', en)).toBe('Not significant');
  });

  it('tells hot from cold', () => {
    expect(patternSide('sporadic-hot')).toBe('hot');
    expect(patternSide('historical-cold')).toBe('cold');
    expect(patternSide('none')).toBe('none');
  });
});
