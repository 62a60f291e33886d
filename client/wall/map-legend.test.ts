import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GridMeasureKey } from '../map/layers/grid-measure-colours';
import type { WallMapView } from '../map/layers/wall-layers';
import { MapLegend } from './MapControls';
import { wallText, type WallLanguage } from './wall-messages';

const legend = (language: WallLanguage, view: WallMapView, measure: GridMeasureKey, windowDays: 7 | 28) =>
  renderToStaticMarkup(createElement(MapLegend, { view, measure, hour: null, windowDays, noData: false, language, t: wallText(language), positionsShown: true }));
const title = (html: string) => /data-testid="wall-legend-title"[^>]*>([^<]*)</.exec(html)?.[1];

// A kiosk wall hides its controls, the only place that said which days the map counts: the legend says it.
describe('the wall map’s legend says the period it counts', () => {
  it('gives incidents per 1,000 residents its 30 days, and a measure without a period its name alone', () => {
    expect(title(legend('zh-CN', 'grids', 'incidentsPer1000', 28))).toBe('千人警情（近 30 天）');
    expect(title(legend('en', 'grids', 'incidentsPer1000', 28))).toBe('Incidents per 1,000 (last 30 days)');
    expect(title(legend('zh-CN', 'grids', 'households', 28))).toBe('户数');
  });

  it('gives the heat the window it is drawn over', () => {
    expect(title(legend('zh-CN', 'heat', 'households', 28))).toBe('警情热力（近28天）');
    expect(title(legend('zh-CN', 'heat', 'households', 7))).toBe('警情热力（近7天）');
  });
});
