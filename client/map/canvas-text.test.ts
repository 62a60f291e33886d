import { TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { buildOfflineStyle } from './basemap/offline-style';
import { textOfLayers, textOfStyle, textOfValue } from './canvas-text';

describe('the text a page will draw on canvas', () => {
  it('is every TextLayer\'s text and fixed character set, and nothing of other layers', () => {
    const labels = new TextLayer({ id: 't', data: [{ n: '三里坪' }, { n: '翠屏' }], getText: (d: { n: string }) => d.n, getPosition: () => [0, 0] });
    const arrows = new TextLayer({ id: 'a', data: [], characterSet: ['▶'], getText: () => '▶', getPosition: () => [0, 0] });
    const text = textOfLayers([labels, arrows]);
    expect(text).toContain('三里坪翠屏');
    expect(text).toContain('▶');
  });

  it('is every string property of a style\'s inline GeoJSON, and says when tiles carry unknown text', () => {
    const roads = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { code: '1', class: 'primary', name: '达川大道', isDemo: true }, geometry: { type: 'LineString' as const, coordinates: [[107.5, 31.2], [107.51, 31.2]] } }] };
    const built = textOfStyle(buildOfflineStyle({ roads }));
    expect(built.text).toContain('达川大道');
    expect(built.unknownText).toBe(false);
    const vector = textOfStyle({ version: 8, sources: { v: { type: 'vector', tiles: ['x/{z}/{x}/{y}'] } }, layers: [{ id: 'n', type: 'symbol', source: 'v', 'source-layer': 'place', layout: { 'text-field': ['get', 'name'] } }] });
    expect(vector.unknownText).toBe(true);
    // Tiles drawn only as shapes (the offline map's building footprints) carry no text, whatever else has labels.
    const footprints = textOfStyle(buildOfflineStyle({ roads, buildingTiles: 'http://localhost/tiles/buildings.json' }));
    expect(footprints.text).toContain('达川大道');
    expect(footprints.unknownText).toBe(false);
  });

  it('is every string in a chart option', () => {
    expect(textOfValue({ series: [{ data: [{ name: '好', value: 83 }, { name: '较好', value: 73 }] }], title: { text: '考评' } })).toBe('好较好考评');
  });
});
