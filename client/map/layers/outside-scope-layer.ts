import { GeoJsonLayer } from '@deck.gl/layers';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Rgba } from './colour-scales';
import { areaOutlineLayer } from './area-outline-layer';

export interface OutsideScopeInput {
  /** Grids (or any areas) outside the user's jurisdiction. */
  areas: FeatureCollection<Geometry, object>;
  visible?: boolean;
  /** The wash's id; its outline is `${id}-outline`. */
  id?: string;
}

// A pale grey wash and a thin grey outline: the surroundings are recognisable but plainly not the user's.
export const outsideFill: Rgba = [150, 156, 164, 60];
export const outsideLine: Rgba = [120, 126, 134, 140];

/**
 * What lies outside the user's jurisdiction, drawn faded and inert: not pickable, so no tooltip invites a click
 * and no click opens a page the server would refuse (issue 12, item 2).
 */
export function outsideScopeLayers({ areas, visible = true, id = 'outside-scope' }: OutsideScopeInput) {
  const wash = new GeoJsonLayer({
    id,
    data: areas,
    visible,
    pickable: false,
    filled: true,
    stroked: false,
    getFillColor: outsideFill,
  });
  return [wash, areaOutlineLayer({ id: `${id}-outline`, areas, colour: outsideLine, visible })];
}
