import { GeoJsonLayer } from '@deck.gl/layers';
import type { BeatCollection, BeatProperties } from '../../api/feature-types';
import { beatLineColour } from './colour-scales';

export interface BeatOutlineInput {
  beats: BeatCollection;
  visible?: boolean;
}

/** Police beat (警格) boundaries as dark lines, 1.6 px wide, no fill. */
export function beatOutlineLayer({ beats, visible = true }: BeatOutlineInput) {
  return new GeoJsonLayer<BeatProperties>({
    id: 'beat-outline',
    data: beats,
    visible,
    filled: false,
    stroked: true,
    getLineColor: beatLineColour,
    getLineWidth: 1.6,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
  });
}
