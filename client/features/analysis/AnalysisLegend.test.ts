import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EmergingAnswer, HotspotAnswer } from '../../../core/contracts/analysis';
import { I18nProvider } from '../../i18n/I18nProvider';
import { defaultAnalysisVisibility } from '../../map/layers/analysis-layers';
import { AnalysisLegend, type AnalysisLegendProps } from './AnalysisLegend';

const cell = (cls: HotspotAnswer['features'][number]['properties']['class'], count: number): HotspotAnswer['features'][number] => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[107.5, 31.2], [107.501, 31.2], [107.501, 31.201], [107.5, 31.2]]] },
  properties: { row: 0, col: 0, count, z: cls === 'none' ? 0.4 : 4.2, p: cls === 'none' ? 0.7 : 0.0001, class: cls },
});
const hotspots = (meta: Partial<HotspotAnswer['meta']>, classes: HotspotAnswer['features'][number]['properties']['class'][]): HotspotAnswer => ({
  type: 'FeatureCollection',
  features: classes.map((c) => cell(c, c === 'none' ? 0 : 3)),
  meta: { cellSizeM: 150, cells: classes.length, incidents: 12, outside: 0, epsg: 32648, from: '2026-11-09T16:00:00Z', to: '2026-12-07T16:00:00Z', fdr: true, scoped: false, ...meta },
});
const emerging = (meta: Partial<EmergingAnswer['meta']>): EmergingAnswer => ({
  type: 'FeatureCollection',
  features: [],
  meta: { cellSizeM: 150, slices: 4, sliceDays: 7, from: '2026-11-09T16:00:00Z', to: '2026-12-07T16:00:00Z', ...meta },
});
const render = (props: Partial<AnalysisLegendProps>) =>
  renderToStaticMarkup(
    createElement(I18nProvider, {
      initialLanguage: 'zh-CN',
      children: createElement(AnalysisLegend, { periodValid: true, visible: { ...defaultAnalysisVisibility, hotspots: true, emerging: true }, ...props }),
    }),
  );

describe('the analysis legend', () => {
  it('says plainly that no hot-spot analysis was made from fewer than 30 incidents, and lists no class', () => {
    const html = render({ hotspots: hotspots({ tooFew: { incidents: 12, minimum: 30 } }, ['none', 'none']) });
    expect(html).toContain('所选条件下仅 12 起警情，少于 30 起，不做热点分析（结果不可靠）');
    expect(html).not.toContain('热点 99% 置信');
    expect(html).not.toContain('FDR');
  });

  it('lists the classes with their counts when enough incidents were counted', () => {
    const html = render({ hotspots: hotspots({ incidents: 4675 }, ['hot-99', 'hot-99', 'hot-95', 'none']) });
    expect(html).toMatch(/data-class="hot-99" data-count="2"/);
    expect(html).toContain('热点 99% 置信');
    expect(html).not.toContain('不做热点分析');
  });

  it('tells a user of a jurisdiction smaller than the district that its hot spots are its own incidents’', () => {
    const note = '热点按您辖区内的警情计算，与全区分析可能不同';
    expect(render({ hotspots: hotspots({ scoped: true, tooFew: { incidents: 10, minimum: 30 } }, ['none']) })).toContain(note);
    expect(render({ hotspots: hotspots({ scoped: true, incidents: 40 }, ['hot-95']) })).toContain(note);
    expect(render({ hotspots: hotspots({ scoped: false, incidents: 40 }, ['hot-95']) })).not.toContain(note);
  });

  it('says the same of the emerging trend’s weeks of fewer than 30 incidents, and the floor of a week otherwise', () => {
    expect(render({ emerging: emerging({ tooFew: { incidents: 19, minimum: 30 } }) })).toContain('所选条件下仅 19 起警情，少于 30 起，不做热点分析（结果不可靠）');
    expect(render({ emerging: emerging({}) })).toContain('某个时段警情少于 30 起时，该时段不判定冷热点。');
  });

  it('says the period is invalid rather than leaving the legend blank', () => {
    const html = render({ periodValid: false });
    expect(html).toContain('时段无效，不显示结果：请先改正时间范围。');
    expect(render({ periodValid: true })).not.toContain('时段无效');
  });
});
