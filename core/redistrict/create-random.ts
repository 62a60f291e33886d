/**
 * A seeded pseudo-random generator (mulberry32): returns a function giving floats in [0, 1). The same seed always
 * gives the same sequence, which is what makes redistricting deterministic per seed. Pure.
 */
export function createRandom(seed: number): () => number {
  let state = (Math.floor(seed * 2654435761) ^ 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
