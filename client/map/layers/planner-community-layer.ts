import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { outlinedLabelProps } from './label-layer';
import type { LabelPoint } from './label-points';

/** Size of a community's name on the planner map, px: larger than a grid's (12 px), which reads as its part. */
export const plannerCommunityLabelSizePx = 15;

export interface PlannerCommunityInput {
  communities: FeatureCollection<MultiPolygon, { name: string }>;
  labels: readonly LabelPoint[];
}

/**
 * A street's communities on the planner map: their boundaries as dark 3 px lines, over the grids' 1.8 px ones, and
 * their names in navy. On a whole street the grid labels shrink to their numbers, and a number means something only
 * beside the community it counts in (花溪社区 has a 第3网格, and so has 四合社区).
 */
export function plannerCommunityOutlineLayer({ communities }: Pick<PlannerCommunityInput, 'communities'>) {
  return new GeoJsonLayer({
    id: 'planner-community-outline',
    data: communities,
    filled: false,
    stroked: true,
    getLineColor: [15, 23, 42, 255],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
  });
}

/** The communities' names, above the building footprints (see plannerCommunityOutlineLayer). */
export function plannerCommunityLabelLayer({ labels }: Pick<PlannerCommunityInput, 'labels'>) {
  return new TextLayer<LabelPoint>({
    id: 'planner-community-labels',
    data: [...labels],
    characterSet: 'auto',
    ...outlinedLabelProps,
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 240],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: plannerCommunityLabelSizePx,
    getColor: [0, 45, 120, 255],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
