import { useEffect, useRef } from 'react';
import { textOfValue } from '../../map/canvas-text';
import { shippedFontTheme } from '../../map/basemap/shipped-font';
import { whenTextDrawable } from '../../map/basemap/load-shipped-font';
import { echarts, type EChartsCoreOption } from './echarts-setup';

/**
 * One ECharts instance for the life of the component. A new option replaces the old one (notMerge: a filter can
 * drop a category series, which a merge would keep); the chart follows its box's size.
 */
export function AnalysisChart({ option, testId, label }: { option: EChartsCoreOption; testId: string; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const optionRef = useRef(option);
  optionRef.current = option;
  useEffect(() => {
    const el = ref.current!;
    const chart = echarts.init(el, shippedFontTheme, { renderer: 'canvas' });
    chart.setOption(optionRef.current);
    chartRef.current = chart;
    // A hidden page has no size; the chart draws when it gets one.
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chartRef.current = null;
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    // Canvas text draws with what is loaded: load the shipped font for the option's text, then draw it again.
    whenTextDrawable(textOfValue(option))?.then(() => chartRef.current?.setOption(optionRef.current, { notMerge: true }));
  }, [option]);
  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={ref} className="analysis-chart" role="img" aria-label={label} data-testid={testId} />;
}
