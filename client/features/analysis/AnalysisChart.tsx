import { useEffect, useRef } from 'react';
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
    const chart = echarts.init(el, null, { renderer: 'canvas' });
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
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <div ref={ref} className="analysis-chart" role="img" aria-label={label} data-testid={testId} />;
}
