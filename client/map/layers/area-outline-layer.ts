import { LineLayer } from '@deck.gl/layers';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Rgba } from './colour-scales';
import { outlineSegments } from './outline-segments';

export interface AreaOutlineInput {
  id: string;
  areas: FeatureCollection<Geometry | null, unknown>;
  colour: Rgba;
  visible?: boolean;
  opacity?: number;
  /** Pixels; 1 when not given. */
  widthPx?: number;
}

/**
 * The outlines of areas (grids, beats), each shared edge drawn once (outlineSegments says why not the GeoJsonLayer's
 * own), as straight segments without joints: at 1–2 px a corner shows no gap. Inert: the fill under it is what a click picks.
 */
export function areaOutlineLayer({ id, areas, colour, visible = true, opacity = 1, widthPx = 1 }: AreaOutlineInput) {
  return new LineLayer({
    id,
    data: outlineSegments(areas),
    visible,
    opacity,
    pickable: false,
    getColor: colour,
    getWidth: widthPx,
    widthUnits: 'pixels',
  });
}
