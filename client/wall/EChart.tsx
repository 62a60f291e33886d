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
    chartRef.current = chart;
    // ECharts sizes its canvas once, at init; the panel settles later (the shipped font arrives, a figure grows), and a
    // canvas sized before then ran past the panel's bottom, cutting the last category in half.
    const resized = new ResizeObserver(() => chart.resize());
    resized.observe(ref.current!);
    return () => {
      resized.disconnect();
      chartRef.current = null;
      chart.dispose();
    };
  }, [scale]);
  useEffect(() => {
    // Canvas text draws with what is loaded, and ECharts keeps the widths it first measured a text at: laid out before
    // the shipped font's subset arrived, a long grid name was measured narrow and drawn clipped at the chart's edge.
    // So an option is drawn only once the font for all of its text is in.
    let live = true;
    const draw = () => {
      if (live) chartRef.current?.setOption(optionRef.current, { notMerge: true });
    };
    const ready = whenTextDrawable(textOfValue(option));
    if (ready) void ready.then(draw);
    else draw();
    return () => {
      live = false;
    };
  }, [option, scale]);
  return <div ref={ref} className="wall-chart" data-testid={testId} />;
}
