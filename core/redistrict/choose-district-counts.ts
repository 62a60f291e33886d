import { RedistrictInputError, type RedistrictTarget } from './types';

/**
 * How many districts each part (a region's connected piece) gets. For {k}: k split in proportion to part weight
 * (largest remainder, at least one a part; throws when k is smaller than the number of parts). For {band:[min,max]}:
 * per part the count whose ideal weight (part ÷ count) is nearest the band's middle among the counts whose ideal
 * lies in the band; throws when no count puts the ideal in the band (the band cannot be met). Pure.
 */
export function chooseDistrictCounts(partWeights: readonly number[], target: RedistrictTarget): number[] {
  if ('k' in target) {
    const { k } = target;
    if (!Number.isInteger(k) || k < 1) throw new RedistrictInputError(`k must be a positive integer, got ${k}`);
    if (k < partWeights.length) {
      throw new RedistrictInputError(`k = ${k} is smaller than the ${partWeights.length} regions or disconnected pieces of the units`);
    }
    const total = partWeights.reduce((s, w) => s + w, 0);
    const counts = partWeights.map(() => 1);
    // Largest remainder over the k − parts districts left after every part has its first.
    const spare = k - partWeights.length;
    const shares = partWeights.map((w) => (total > 0 ? (w / total) * k : k / partWeights.length));
    for (let n = 0; n < spare; n++) {
      let best = 0;
      for (let i = 1; i < counts.length; i++) if (shares[i] - counts[i] > shares[best] - counts[best]) best = i;
      counts[best]++;
    }
    return counts;
  }
  const [min, max] = target.band;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min > 0 && min <= max)) {
    throw new RedistrictInputError(`band must be two numbers 0 < min ≤ max, got ${min},${max}`);
  }
  return partWeights.map((w, i) => {
    const lowest = Math.max(1, Math.ceil(w / max));
    const highest = Math.floor(w / min);
    if (lowest > highest) {
      throw new RedistrictInputError(`band ${min}–${max} cannot be met: part ${i + 1} weighs ${w}, which no number of districts divides into the band`);
    }
    return Math.min(highest, Math.max(lowest, Math.round((2 * w) / (min + max))));
  });
}
