import type { KeyPlaceKind } from '../../api/feature-types';

/** An RGBA colour, each channel 0–255, as deck.gl accessors take it. */
export type Rgba = [number, number, number, number];

/**
 * Class breaks of households per grid. Dachuan sizes urban grids at roughly 300–500 households, so the
 * classes are 50 households wide inside that band, with one class below and one above it.
 */
export const householdBreaks = [300, 350, 400, 450, 500] as const;

// ColorBrewer "Blues", 6 classes (light to dark): kept apart from the heatmap's yellow–red ramp.
const householdPalette: readonly Rgba[] = [
  [239, 243, 255, 255],
  [198, 219, 239, 255],
  [158, 202, 225, 255],
  [107, 174, 214, 255],
  [49, 130, 189, 255],
  [8, 81, 156, 255],
];
const noDataColour: Rgba = [200, 200, 200, 255];

/** Index of the household class (0 … householdBreaks.length) a count falls in; a class includes its lower break. */
export function householdClass(households: number): number {
  let k = 0;
  while (k < householdBreaks.length && households >= householdBreaks[k]) k++;
  return k;
}

/** Fill colour of a grid by its household count (sequential, darker = more); grey for a missing or invalid count. */
export function householdColour(households: number | null | undefined, alpha = 255): Rgba {
  if (households === null || households === undefined || !Number.isFinite(households) || households < 0) {
    return [noDataColour[0], noDataColour[1], noDataColour[2], alpha];
  }
  const [r, g, b] = householdPalette[householdClass(households)];
  return [r, g, b, alpha];
}

export interface HouseholdLegendEntry {
  colour: Rgba;
  from: number | null; // inclusive; null for the open lowest class
  to: number | null; // exclusive; null for the open highest class
}

/** The household classes in legend order, lowest first. */
export function householdLegend(): HouseholdLegendEntry[] {
  return householdPalette.map((colour, k) => ({
    colour,
    from: k === 0 ? null : householdBreaks[k - 1],
    to: k === householdBreaks.length ? null : householdBreaks[k],
  }));
}

/**
 * The heatmap's colour ramp, low to high density: ColorBrewer "YlOrRd", 6 classes, with the low end mostly
 * transparent so that thin incident density does not veil the grid colours underneath.
 */
export const heatColourRange: readonly Rgba[] = [
  [255, 255, 178, 40],
  [254, 217, 118, 110],
  [254, 178, 76, 170],
  [253, 141, 60, 210],
  [240, 59, 32, 235],
  [189, 0, 38, 250],
];

// ColorBrewer "Dark2" (qualitative), one colour a kind of key place.
const keyPlacePalette: Record<KeyPlaceKind, Rgba> = {
  government: [117, 112, 179, 255],
  school: [27, 158, 119, 255],
  mall: [231, 41, 138, 255],
  hospital: [217, 95, 2, 255],
  construction: [166, 118, 29, 255],
  nightlife: [230, 171, 2, 255],
  transport: [102, 166, 30, 255],
};

/** Fill colour of a key place by its kind; grey for a kind this version does not know. */
export function keyPlaceColour(kind: string): Rgba {
  return keyPlacePalette[kind as KeyPlaceKind] ?? [120, 120, 120, 255];
}

export const stationColour: Rgba = [0, 61, 165, 255];
export const beatLineColour: Rgba = [25, 42, 110, 200];

/** A colour as CSS rgba(), for legends. */
export function toCssColour([r, g, b, a]: Rgba | [number, number, number, number?]): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round(((a ?? 255) / 255) * 100) / 100})`;
}

/** The heatmap ramp as a CSS linear gradient, left (low) to right (high). */
export function heatLegendGradient(): string {
  return `linear-gradient(to right, ${heatColourRange.map(toCssColour).join(', ')})`;
}
