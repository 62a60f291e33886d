import { BarChart, HeatmapChart, PieChart } from 'echarts/charts';
import { GridComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { UI_FONT_STACK } from '../map/basemap/shipped-font';

// Only the ECharts parts the wall draws with: bars, a pie, a heatmap matrix, on canvas.
echarts.use([BarChart, HeatmapChart, PieChart, GridComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';

/** Shared look of the wall's charts: light text on the dark panels, the shipped font. */
export const chartText = {
  color: '#c9d6e8',
  fontFamily: UI_FONT_STACK,
  fontSize: 18,
};
