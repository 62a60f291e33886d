/**
 * Seeded randomness for the generator. Every concern draws from its own stream, named after it
 * (`createRng(seed, 'incidents')`), so changing how one part is generated does not reshuffle the rest.
 */
import seedrandom from 'seedrandom';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Standard normal deviate (Box–Muller). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to weights (non-negative, not all zero). */
  weighted(weights: readonly number[]): number;
  /** A shuffled copy; the input is not mutated. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Creates the named stream `stream` of the dataset seed `seed`. */
export function createRng(seed: string, stream: string): Rng {
  const prng = seedrandom(`${seed}::${stream}`);
  const next = (): number => prng();
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    normal: () => {
      const u = 1 - next(); // (0, 1]: log(0) must not happen
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    pick: (items) => {
      if (items.length === 0) throw new Error('pick: empty list');
      return items[Math.floor(next() * items.length)];
    },
    weighted: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      if (!(total > 0)) throw new Error('weighted: weights must not all be zero');
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    shuffle: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

/**
 * Builds a sampler for many draws from one fixed discrete distribution: O(log n) a draw by binary
 * search on the cumulative weights, where `Rng.weighted` is O(n).
 */
export function createWeightedSampler(weights: ArrayLike<number>): (rng: Rng) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] < 0) throw new Error(`createWeightedSampler: negative weight at ${i}`);
    total += weights[i];
    cumulative[i] = total;
  }
  if (!(total > 0)) throw new Error('createWeightedSampler: weights must not all be zero');
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * Splits `total` into integers proportional to `weights` by the largest-remainder method, giving each
 * part at least `min`. Ties go to the lower index, so the result is deterministic.
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  if (total < min * n) throw new Error(`apportion: ${total} cannot give ${n} parts at least ${min}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (sum > 0 ? (total * w) / sum : total / n));
  const parts = quotas.map((q) => Math.max(min, Math.floor(q)));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % n) {
    parts[order[k].i] += 1;
    left -= 1;
  }
  // `min` may have pushed the sum over: take back from the parts furthest above their quota.
  while (left < 0) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (parts[i] > min && (best < 0 || parts[i] - quotas[i] > parts[best] - quotas[best])) best = i;
    }
    parts[best] -= 1;
    left += 1;
  }
  return parts;
}
