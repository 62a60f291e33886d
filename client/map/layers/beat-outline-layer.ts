import type { BeatCollection } from '../../api/feature-types';
import { areaOutlineLayer } from './area-outline-layer';
import { beatLineColour } from './colour-scales';
import type { MapTheme } from './map-theme';
import { outsideLine } from './outside-scope-layer';

export interface BeatOutlineInput {
  beats: BeatCollection;
  visible?: boolean;
  /** Outside the user's jurisdiction: a thin grey line instead. */
  faded?: boolean;
  /** 'night' (the wall): light cyan lines, 2 px, that carry across a room. */
  theme?: MapTheme;
}

/** Police beat (警格) boundaries as dark lines, 1.6 px wide, no fill; on the night map light cyan, 2 px. */
export function beatOutlineLayer({ beats, visible = true, faded = false, theme = 'day' }: BeatOutlineInput) {
  const night = theme === 'night' && !faded;
  return areaOutlineLayer({
    id: faded ? 'beat-outline-outside' : 'beat-outline',
    areas: beats,
    visible,
    colour: faded ? outsideLine : night ? [120, 220, 255, 220] : beatLineColour,
    widthPx: faded ? 1 : night ? 2 : 1.6,
  });
}
