import type { EChartsCoreOption } from 'echarts/core';
import type { ProfileAnswer } from '../../../core/contracts/analysis';

export interface NamedSeries {
  code: string;
  name: string;
  counts: number[];
}

/**
 * The categories with the most incidents, largest first, and the rest summed into one series named `otherName`
 * (left out when nothing is left over). Never mutates the input; every series has one count a bucket.
 */
export function topCategorySeries(
  series: Pick<ProfileAnswer['series'], 'buckets' | 'categories'>,
  nameOf: (code: string) => string,
  limit: number,
  otherName: string,
): NamedSeries[] {
  const width = series.buckets.length;
  const ranked = series.categories
    .map((c) => ({ code: c.code, total: c.counts.reduce((a, b) => a + b, 0), counts: c.counts }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const kept = ranked.slice(0, limit).map((c) => ({ code: c.code, name: nameOf(c.code), counts: Array.from({ length: width }, (_, i) => c.counts[i] ?? 0) }));
  const rest = ranked.slice(limit);
  if (rest.length === 0) return kept;
  const other = Array.from({ length: width }, (_, i) => rest.reduce((sum, c) => sum + (c.counts[i] ?? 0), 0));
  return [...kept, { code: 'OTHER', name: otherName, counts: other }];
}

/** A bucket's axis label: the ISO date's month and day ("03-07"). */
export function bucketLabel(bucket: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(bucket) ? bucket.slice(5, 10) : bucket;
}

/** The ECharts option of categories over time: one stacked bar series a category, a legend to switch them. */
export function seriesChartOption(buckets: readonly string[], series: readonly NamedSeries[]): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 40, right: 8, top: 8, bottom: 70 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', data: buckets.map(bucketLabel), axisLabel: { fontSize: 11 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 11 } },
    series: series.map((s) => ({ type: 'bar', name: s.name, stack: 'total', data: s.counts, barCategoryGap: '20%', emphasis: { focus: 'series' } })),
  };
}
