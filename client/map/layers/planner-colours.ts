import type { Rgba } from './colour-scales';

/**
 * Qualitative fills for the planner's grids: ColorBrewer "Set3" (12 classes), light enough for building
 * footprints, outlines and labels to read on top.
 */
export const plannerPalette: readonly Rgba[] = [
  [141, 211, 199, 255], [255, 255, 179, 255], [190, 186, 218, 255], [251, 128, 114, 255],
  [128, 177, 211, 255], [253, 180, 98, 255], [179, 222, 105, 255], [252, 205, 229, 255],
  [217, 217, 217, 255], [188, 128, 189, 255], [204, 235, 197, 255], [255, 237, 111, 255],
];

function preferredIndex(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % plannerPalette.length;
}

/**
 * A colour a grid such that grids sharing a boundary differ (greedy colouring, keys in order). Each grid takes the
 * colour its key hashes to when no neighbour coloured before it has it, so a hand edit recolours few grids; with
 * more neighbours than colours the palette repeats. Pure; `pairs` are adjacent grid keys.
 */
export function colourGrids(keys: readonly string[], pairs: readonly (readonly [string, string])[]): Map<string, Rgba> {
  const neighbours = new Map<string, Set<string>>(keys.map((k) => [k, new Set()]));
  for (const [a, b] of pairs) {
    if (a === b) continue;
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }
  const index = new Map<string, number>();
  for (const key of [...keys].sort()) {
    const used = new Set([...neighbours.get(key)!].map((n) => index.get(n)).filter((i): i is number => i !== undefined));
    const first = preferredIndex(key);
    let chosen = first;
    for (let step = 0; step < plannerPalette.length; step++) {
      const candidate = (first + step) % plannerPalette.length;
      if (!used.has(candidate)) {
        chosen = candidate;
        break;
      }
    }
    index.set(key, chosen);
  }
  return new Map(keys.map((k) => [k, plannerPalette[index.get(k)!]]));
}
