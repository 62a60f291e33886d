import { describe, expect, it } from 'vitest';
import type { ForecastAnswer, HotspotAnswer, RepeatsAnswer } from '../../../core/contracts/analysis';
import { countBy, emergingColour, emergingLegendPatterns, hotspotColour, hotspotLegendClasses } from './analysis-colours';
import { declutterRankLabels, forecastRankLabels, ringCentre } from './analysis-forecast-rank-layer';
import { analysisHotspotLayer } from './analysis-hotspot-layer';
import { buildAnalysisLayers, defaultAnalysisVisibility, type AnalysisLayerVisibility } from './analysis-layers';
import { repeatRadiusPx } from './analysis-repeat-location-layer';
import { toBinaryPoints } from './binary-points';

const square = (x: number, y: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
const hotspots: HotspotAnswer = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(0, 0), properties: { row: 0, col: 0, count: 9, z: 3.1, p: 0.001, class: 'hot-99' } },
    { type: 'Feature', geometry: square(1, 0), properties: { row: 0, col: 1, count: 0, z: 0.1, p: 0.9, class: 'none' } },
  ],
  meta: { cellSizeM: 150, cells: 2, incidents: 9, outside: 0, epsg: 32648, from: '', to: '', fdr: true },
};
const forecast: ForecastAnswer = {
  type: 'FeatureCollection',
  features: [1, 2, 30].map((rank, i) => ({ type: 'Feature' as const, geometry: square(i, 0), properties: { row: 0, col: i, rank, score: 1, share: 1 / 3 } })),
  meta: {
    method: 'm', baseline: 'b', cellSizeM: 150, coverage: 0.05, forecastFrom: '', forecastTo: '',
    selection: {
      chosen: { method: 'prior-counts', settings: {}, pai: 3, pei: 0.7 }, priorCounts: { method: 'prior-counts', settings: {}, pai: 3, pei: 0.7 },
      kde: { method: 'kde', settings: { bandwidthM: 75 }, pai: 2, pei: 0.5 }, plainKde: { method: 'kde', settings: { bandwidthM: 75 }, pai: 2, pei: 0.5 }, folds: 3, coverage: 0.05,
    },
    backtest: { trainFrom: '', trainTo: '', testTo: '', method: { pai: 3, pei: 0.7 }, baseline: { pai: 2, pei: 0.5 }, testIncidents: 10 },
  },
};
const repeats: RepeatsAnswer = {
  locations: { type: 'FeatureCollection', features: [] },
  pairs: { type: 'FeatureCollection', features: [] },
  meta: { distanceM: 200, days: 7, pairsFound: 0, truncated: false, duplicates: 0 },
};
const everything = { heat: toBinaryPoints([107.5, 31.2]), hotspots, forecast, repeats, beats: { type: 'FeatureCollection' as const, features: [] } };
const allOn = Object.fromEntries(Object.keys(defaultAnalysisVisibility).map((k) => [k, true])) as AnalysisLayerVisibility;

describe('buildAnalysisLayers', () => {
  it('draws cells at the bottom, then heat, beats, forecast, repeats and the selection on top', () => {
    expect(buildAnalysisLayers(everything, allOn).map((l) => l.id)).toEqual([
      'analysis-hotspots', 'incident-heat', 'beat-outline', 'analysis-forecast', 'analysis-forecast-rank',
      'analysis-repeat-pairs', 'analysis-repeat-locations', 'analysis-selection',
    ]);
  });

  it('leaves out the layers whose data has not arrived, keeping the selection', () => {
    expect(buildAnalysisLayers({}, allOn).map((l) => l.id)).toEqual(['analysis-selection']);
  });

  it('keeps a switched-off layer in the list, not visible', () => {
    const layers = buildAnalysisLayers(everything, defaultAnalysisVisibility);
    expect(layers.find((l) => l.id === 'analysis-hotspots')?.props.visible).toBe(false);
    expect(layers.find((l) => l.id === 'incident-heat')?.props.visible).toBe(true);
  });
});

describe('analysis cells', () => {
  it('draws only the significant hotspot cells, the same array while the answer is the same', () => {
    const a = analysisHotspotLayer({ cells: hotspots }).props.data as unknown[];
    const b = analysisHotspotLayer({ cells: hotspots, visible: false }).props.data as unknown[];
    expect(a).toHaveLength(1);
    expect(a).toBe(b);
  });

  it('colours hot cells red, cold cells blue and leaves the rest transparent', () => {
    const [r, , b] = hotspotColour('hot-99');
    expect(r).toBeGreaterThan(b);
    const [r2, , b2] = hotspotColour('cold-99');
    expect(b2).toBeGreaterThan(r2);
    expect(hotspotColour('none')[3]).toBe(0);
    expect(emergingColour('none')[3]).toBe(0);
  });

  it('has a distinct colour for each class and pattern of the legends', () => {
    const key = (c: number[]) => c.join(',');
    expect(new Set(hotspotLegendClasses.map((c) => key(hotspotColour(c)))).size).toBe(6);
    expect(new Set(emergingLegendPatterns.map((p) => key(emergingColour(p)))).size).toBe(16);
  });

  it('counts the features of each legend entry, zeros kept', () => {
    expect(countBy(['hot-99', 'none', 'hot-99'], ['hot-99', 'hot-95'])).toEqual([{ key: 'hot-99', count: 2 }, { key: 'hot-95', count: 0 }]);
  });

  it('labels forecast ranks up to the limit at the cell centres', () => {
    expect(ringCentre(square(2, 4))).toEqual([2.5, 4.5]);
    expect(forecastRankLabels(forecast, 20)).toEqual([
      { position: [0.5, 0.5], text: '1' },
      { position: [1.5, 0.5], text: '2' },
    ]);
  });

  it('keeps rank labels of neighbouring 100 m cells apart at district zoom, the better rank kept, and all of them close up', () => {
    // The centres of three 100 m cells in a row near Dachuan (about 0.00105° of longitude apart), ranked 1, 2, 3.
    const labels = [
      { position: [107.5, 31.2] as [number, number], text: '1' },
      { position: [107.50105, 31.2] as [number, number], text: '2' },
      { position: [107.5021, 31.2] as [number, number], text: '3' },
    ];
    expect(declutterRankLabels(labels, 12).map((l) => l.text)).toEqual(['1']);
    expect(declutterRankLabels(labels, 13).map((l) => l.text)).toEqual(['1', '3']);
    expect(declutterRankLabels(labels, 14)).toEqual(labels);
  });

  it('sizes repeat locations by the square root of their count, within 5–18 px', () => {
    expect(repeatRadiusPx(0)).toBe(5);
    expect(repeatRadiusPx(16)).toBe(10);
    expect(repeatRadiusPx(10_000)).toBe(18);
  });
});
