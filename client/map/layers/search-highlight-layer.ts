import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { SearchResult } from '../../../core/contracts/search';

/** What the highlight needs of a search result (EPSG:4326). */
export type SearchHighlightInput = Pick<SearchResult, 'kind' | 'lngLat' | 'bbox'>;

// Magenta: apart from the grids' blues, the heatmap's reds and the analysis cyan selection.
const highlightColour: [number, number, number, number] = [214, 51, 132, 255];

/** The box of an area as a closed ring, or null for a point or a box too small to outline (a building: its dot says enough). */
function boxFeature(bbox: SearchResult['bbox']): Feature<Polygon> | null {
  if (!bbox) return null;
  const [w, s, e, n] = bbox;
  if (e - w < 0.0005 && n - s < 0.0005) return null; // under ~50 m a side
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } };
}

/** The features a result is highlighted with: its box (an area), then its point. Pure. */
export function searchHighlightFeatures(target: SearchHighlightInput): FeatureCollection<Point | Polygon> {
  const box = boxFeature(target.bbox);
  const point: Feature<Point> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: target.lngLat } };
  return { type: 'FeatureCollection', features: box ? [box, point] : [point] };
}

/**
 * The place chosen in the search box, drawn on top of the other layers: a magenta ring at its point (inside the place,
 * ST_PointOnSurface) and, for an area (grid, community, street, compound), its bounding box outlined — not filled,
 * so what lies inside stays readable. WGS-84 in; the map shell moves it into the base map's frame. A view appends it
 * last to its layers.
 */
export function searchHighlightLayer(target: SearchHighlightInput) {
  return new GeoJsonLayer({
    id: 'search-highlight',
    data: searchHighlightFeatures(target),
    stroked: true,
    filled: false,
    getLineColor: highlightColour,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    pointType: 'circle',
    getPointRadius: 10,
    pointRadiusUnits: 'pixels',
    pickable: false,
  });
}
