import { describe, expect, it } from 'vitest';
import type { ProfileAnswer } from '../../../core/contracts/analysis';
import { matrixCells, matrixChartOption } from './matrix-chart';
import { bucketLabel, seriesChartOption, topCategorySeries } from './series-chart';

const zeros = () => Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0));

const cell = (day: string, hour: number, n: number) => `周${day} ${hour}:00–${hour + 1}:00：${n}`;

describe('the hour × weekday matrix for ECharts', () => {
  it('puts Monday on the top row and the hour across', () => {
    const m = zeros();
    m[0][23] = 5; // Monday 23:00
    m[6][0] = 2; // Sunday 00:00
    const { data, max } = matrixCells(m);
    expect(data).toHaveLength(168);
    expect(data).toContainEqual([23, 6, 5]);
    expect(data).toContainEqual([0, 0, 2]);
    expect(max).toBe(5);
  });

  it('draws an empty matrix (a filter that matches nothing) with a scale of one, not zero', () => {
    const option = matrixChartOption(zeros(), ['一', '二', '三', '四', '五', '六', '日'], 'n', cell) as { visualMap: { max: number }; yAxis: { data: string[] } };
    expect(option.visualMap.max).toBe(1);
    expect(option.yAxis.data[0]).toBe('日');
  });

  it('labels the colour scale with its ends in counts: the busiest cell’s and zero', () => {
    const m = zeros();
    m[4][20] = 37;
    m[2][9] = 12;
    const option = matrixChartOption(m, ['一', '二', '三', '四', '五', '六', '日'], 'n', cell) as { visualMap: { max: number; text: string[] } };
    expect(option.visualMap.text).toEqual(['37', '0']);
    expect(option.visualMap.max).toBe(37);
  });

  it('names a cell’s weekday and hour in its tooltip, not its count alone', () => {
    const m = zeros();
    m[4][20] = 37;
    const option = matrixChartOption(m, ['一', '二', '三', '四', '五', '六', '日'], 'n', cell) as { series: { data: [number, number, number][] }[]; tooltip: { formatter: (p: { data: [number, number, number] }) => string } };
    const friday8pm = option.series[0].data.find(([h, , n]) => h === 20 && n === 37)!;
    expect(option.tooltip.formatter({ data: friday8pm })).toBe('周五 20:00–21:00：37');
  });

  it('treats a missing row as zeros', () => {
    expect(matrixCells([]).data.every(([, , n]) => n === 0)).toBe(true);
  });
});

describe('categories over time for ECharts', () => {
  const series: ProfileAnswer['series'] = {
    bucket: 'day',
    buckets: ['2026-03-01', '2026-03-02'],
    clipped: { first: false, last: false },
    categories: [
      { code: 'FRAUD', counts: [1, 0] },
      { code: 'FIGHT', counts: [5, 5] },
      { code: 'NOISE', counts: [0, 0] },
      { code: 'DRUNK', counts: [2, 1] },
    ],
  };

  it('keeps the largest categories, sums the rest as one, and drops empty ones', () => {
    const out = topCategorySeries(series, (c) => c.toLowerCase(), 1, 'other');
    expect(out).toEqual([
      { code: 'FIGHT', name: 'fight', counts: [5, 5] },
      { code: 'OTHER', name: 'other', counts: [3, 1] },
    ]);
  });

  it('adds no "other" series when nothing is left over', () => {
    expect(topCategorySeries(series, (c) => c, 8, 'other').map((s) => s.code)).toEqual(['FIGHT', 'DRUNK', 'FRAUD']);
  });

  it('gives no series for no buckets', () => {
    expect(topCategorySeries({ buckets: [], categories: [] }, (c) => c, 8, 'other')).toEqual([]);
  });

  it('stacks one bar series a category, labelled by month and day', () => {
    const option = seriesChartOption(series.buckets, topCategorySeries(series, (c) => c, 8, 'other')) as {
      xAxis: { data: string[] };
      series: { type: string; stack: string; name: string }[];
    };
    expect(option.xAxis.data).toEqual(['03-01', '03-02']);
    expect(option.series.map((s) => [s.type, s.stack, s.name])).toEqual([
      ['bar', 'total', 'FIGHT'],
      ['bar', 'total', 'DRUNK'],
      ['bar', 'total', 'FRAUD'],
    ]);
    expect(bucketLabel('W10')).toBe('W10');
  });
});
