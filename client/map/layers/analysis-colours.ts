import type { EmergingPattern, HotspotClass } from '../../../core/hotspots/index';
import type { Rgba } from './colour-scales';

/**
 * Gi* classes as ArcGIS's Hot Spot Analysis draws them: three reds for hot spots at 99/95/90 % confidence, three
 * blues for cold spots, and no fill for cells that are neither (they would only veil the base map).
 */
export const hotspotClassColours: Record<HotspotClass, Rgba> = {
  'hot-99': [189, 0, 38, 210],
  'hot-95': [240, 59, 32, 190],
  'hot-90': [253, 141, 60, 170],
  'cold-90': [107, 174, 214, 170],
  'cold-95': [49, 130, 189, 190],
  'cold-99': [8, 81, 156, 210],
  none: [0, 0, 0, 0],
};

/** Legend order of the classes: hot (strongest first), then cold (strongest last); 'none' is not shown. */
export const hotspotLegendClasses: readonly HotspotClass[] = ['hot-99', 'hot-95', 'hot-90', 'cold-90', 'cold-95', 'cold-99'];

export function hotspotColour(cls: HotspotClass): Rgba {
  return hotspotClassColours[cls] ?? hotspotClassColours.none;
}

// Emerging hot spot patterns, as ArcGIS's Emerging Hot Spot Analysis names them. Hot ones in reds and oranges,
// cold ones in blues and teals, the strongest and newest signals darkest; 'none' unfilled.
const emergingColours: Record<EmergingPattern, Rgba> = {
  'new-hot': [153, 0, 13, 220],
  'consecutive-hot': [203, 24, 29, 210],
  'intensifying-hot': [239, 59, 44, 200],
  'persistent-hot': [251, 106, 74, 190],
  'diminishing-hot': [252, 146, 114, 180],
  'sporadic-hot': [254, 196, 79, 190],
  'oscillating-hot': [236, 112, 20, 190],
  'historical-hot': [204, 160, 140, 170],
  'new-cold': [8, 48, 107, 220],
  'consecutive-cold': [8, 81, 156, 210],
  'intensifying-cold': [33, 113, 181, 200],
  'persistent-cold': [66, 146, 198, 190],
  'diminishing-cold': [107, 174, 214, 180],
  'sporadic-cold': [65, 182, 196, 190],
  'oscillating-cold': [29, 145, 192, 190],
  'historical-cold': [150, 170, 190, 170],
  none: [0, 0, 0, 0],
};

/** Legend order of the patterns: hot ones, then cold ones, each from the most to the least pressing. */
export const emergingLegendPatterns: readonly EmergingPattern[] = (['hot', 'cold'] as const).flatMap((kind) =>
  (['new', 'consecutive', 'intensifying', 'persistent', 'sporadic', 'oscillating', 'diminishing', 'historical'] as const).map(
    (p) => `${p}-${kind}` as EmergingPattern,
  ),
);

export function emergingColour(pattern: EmergingPattern): Rgba {
  return emergingColours[pattern] ?? emergingColours.none;
}

/** Forecast cells: a strong purple outline (apart from the reds and blues above) and a light fill. */
export const forecastLineColour: Rgba = [106, 27, 154, 255];
export const forecastFillColour: Rgba = [156, 39, 176, 50];
export const forecastRankColour: Rgba = [74, 20, 140, 255];

/** Near-repeat pairs (lines) and repeat locations (points). */
export const nearRepeatLineColour: Rgba = [214, 39, 40, 200];
export const repeatLocationColour: Rgba = [255, 127, 14, 230];

/** The selected grid, beat or place of the lists. */
export const selectionLineColour: Rgba = [0, 200, 255, 255];

/** How many features of each value a collection holds, in the order of `legend` (zeros kept). */
export function countBy<K extends string>(values: Iterable<K>, legend: readonly K[]): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return legend.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}
