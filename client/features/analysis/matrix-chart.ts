import type { EChartsCoreOption } from 'echarts/core';

/** The cells of an hour × weekday matrix as ECharts heatmap data: [hour, row, count], Monday on the top row. */
export function matrixCells(matrix: readonly (readonly number[])[]): { data: [number, number, number][]; max: number } {
  const data: [number, number, number][] = [];
  let max = 0;
  for (let d = 0; d < 7; d++) {
    for (let h = 0; h < 24; h++) {
      const n = matrix[d]?.[h] ?? 0;
      data.push([h, 6 - d, n]);
      max = Math.max(max, n);
    }
  }
  return { data, max };
}

/** A cell's tooltip in the view's words: its weekday (a label as given), its hour (0–23, local) and its count. */
export type MatrixCellText = (weekday: string, hour: number, count: number) => string;

/**
 * The ECharts option of the hour × weekday heatmap: local hours 0–23 across, weekdays down (Monday on top, labels
 * given Monday first). A matrix of zeros (a filter that matches nothing) draws empty cells, not an error. A cell's
 * tooltip names its weekday and hour (ECharts' own showed the count alone).
 */
export function matrixChartOption(matrix: readonly (readonly number[])[], weekdayLabels: readonly string[], countLabel: string, cellText: MatrixCellText): EChartsCoreOption {
  const { data, max } = matrixCells(matrix);
  return {
    animation: false,
    grid: { left: 36, right: 8, top: 6, bottom: 44 },
    tooltip: {
      position: 'top',
      formatter: ({ data: [hour, row, count] }: { data: [number, number, number] }) => cellText(weekdayLabels[6 - row] ?? '', hour, count),
    },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h)), splitArea: { show: true }, axisTick: { show: false } },
    yAxis: { type: 'category', data: [...weekdayLabels].reverse(), splitArea: { show: true }, axisTick: { show: false } },
    visualMap: {
      min: 0,
      // max 0 would make ECharts divide by zero; an empty matrix gets a scale of one.
      max: Math.max(1, max),
      // The scale's ends in counts, the top end first (ECharts' order): a bar of colours alone said nothing of how many.
      text: [String(Math.max(1, max)), '0'],
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      itemWidth: 10,
      textStyle: { fontSize: 11 },
      // ColorBrewer YlOrRd, as the heatmap: one hue family, so no step between stops passes through grey.
      inRange: { color: ['#ffffcc', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'] },
    },
    series: [{ type: 'heatmap', name: countLabel, data, itemStyle: { borderColor: '#fff', borderWidth: 1 }, emphasis: { itemStyle: { borderColor: '#333' } } }],
  };
}
