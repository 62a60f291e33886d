import { GeoJsonLayer } from '@deck.gl/layers';
import type { BeatCollection, BeatProperties } from '../../api/feature-types';
import { beatLineColour } from './colour-scales';
import { outsideLine } from './outside-scope-layer';

export interface BeatOutlineInput {
  beats: BeatCollection;
  visible?: boolean;
  /** Outside the user's jurisdiction: a thin grey line instead. */
  faded?: boolean;
}

/** Police beat (警格) boundaries as dark lines, 1.6 px wide, no fill. */
export function beatOutlineLayer({ beats, visible = true, faded = false }: BeatOutlineInput) {
  return new GeoJsonLayer<BeatProperties>({
    id: faded ? 'beat-outline-outside' : 'beat-outline',
    data: beats,
    visible,
    filled: false,
    stroked: true,
    getLineColor: faded ? outsideLine : beatLineColour,
    getLineWidth: faded ? 1 : 1.6,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
  });
}
