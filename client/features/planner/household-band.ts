/** A household band [min, max] (inclusive): Dachuan sizes urban grids at 300–500 households. */
export type HouseholdBand = [number, number];

export const defaultBand: HouseholdBand = [300, 500];

/** The band from two text inputs: whole numbers ≥ 1 with min < max, else null (the contract's HouseholdBandSchema). */
export function parseBand(minText: string, maxText: string): HouseholdBand | null {
  const min = Number(minText);
  const max = Number(maxText);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max <= min) return null;
  return [min, max];
}

/** The band's middle: the household count the deviation column is measured from. */
export function bandMiddle([min, max]: HouseholdBand): number {
  return (min + max) / 2;
}

/** Whether a household count lies in the band, both ends included. */
export function inBand(households: number, [min, max]: HouseholdBand): boolean {
  return households >= min && households <= max;
}

/** A seed from a text input: a whole number ≥ 0 (redistrict is deterministic for a seed), else null. */
export function parseSeed(text: string): number | null {
  const seed = Number(text);
  return text.trim() !== '' && Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 31 ? seed : null;
}
