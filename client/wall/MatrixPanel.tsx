import { useMemo } from 'react';
import { chartText, type EChartsCoreOption } from './echarts-setup';
import { EChart } from './EChart';
import { describeMeasure } from '../../core/measures/glossary';
import { Panel } from './Panel';
import type { WallLanguage, WallText } from './wall-messages';

/** Incidents of the last 28 days by local hour (columns) and weekday (rows, Monday on top). */
export function MatrixPanel({ matrix, t, language }: { matrix: number[][]; t: WallText; language: WallLanguage }) {
  const option = useMemo<EChartsCoreOption>(() => {
    const days = t('weekdays').split(',');
    const data: [number, number, number][] = [];
    let max = 1;
    matrix.forEach((row, d) => row.forEach((n, h) => {
      data.push([h, 6 - d, n]);
      max = Math.max(max, n);
    }));
    return {
      animation: false,
      textStyle: chartText,
      grid: { left: 56, right: 12, top: 6, bottom: 30 },
      xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => String(h)), axisLabel: { ...chartText, interval: 1 }, splitArea: { show: false }, axisTick: { show: false } },
      yAxis: { type: 'category', data: [...days].reverse(), axisLabel: chartText, axisTick: { show: false } },
      visualMap: { min: 0, max, show: false, inRange: { color: ['#0d2038', '#1c4f7c', '#2e86c1', '#f5b041', '#e74c3c'] } },
      series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#07101d', borderWidth: 2 } }],
    };
  }, [matrix, t]);
  return (
    <Panel title={t('matrix')} testId="wall-panel-matrix" className="wall-panel-matrix" info={describeMeasure('incidents', language)}>
      <EChart option={option} testId="wall-chart-matrix" />
    </Panel>
  );
}
