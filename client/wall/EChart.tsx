import { useEffect, useRef } from 'react';
import { textOfValue } from '../map/canvas-text';
import { shippedFontTheme } from '../map/basemap/shipped-font';
import { whenTextDrawable } from '../map/basemap/load-shipped-font';
import { echarts, type EChartsCoreOption } from './echarts-setup';
import { useStageScale } from './stage-context';

/**
 * One ECharts instance for the life of the component; new options are merged in place. The stage is scaled with
 * CSS, so the chart draws at devicePixelRatio × stage scale to stay sharp on a 4K wall (re-created when that changes).
 */
export function EChart({ option, testId }: { option: EChartsCoreOption; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const optionRef = useRef(option);
  optionRef.current = option;
  const scale = useStageScale();
  useEffect(() => {
    const chart = echarts.init(ref.current!, shippedFontTheme, { renderer: 'canvas', devicePixelRatio: (window.devicePixelRatio || 1) * scale });
    chart.setOption(optionRef.current);
    chartRef.current = chart;
    return () => {
      chartRef.current = null;
      chart.dispose();
    };
  }, [scale]);
  useEffect(() => {
    // Canvas text draws with what is loaded: load the shipped font for the option's text, then draw it again.
    whenTextDrawable(textOfValue(option))?.then(() => chartRef.current?.setOption(optionRef.current, { notMerge: true }));
  }, [option]);
  useEffect(() => {
    chartRef.current?.setOption(option);
  }, [option]);
  return <div ref={ref} className="wall-chart" data-testid={testId} />;
}
