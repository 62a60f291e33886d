/**
 * Joins ways (each a list of node ids) end to end at shared end nodes into closed rings, as OSM's multipolygon
 * rules allow: a way already closed is a ring by itself; open ways are chained at either end, reversed where
 * needed, unless `keepDirection` (coastlines, whose direction says which side is land) allows only end-to-start
 * joins. Chains that cannot be closed (the extract cut them off) are returned in `open`, in their direction. Each
 * ring starts and ends with the same id. Does not mutate the input.
 */
export function joinWaysIntoRings(ways: number[][], options: { keepDirection?: boolean } = {}): { rings: number[][]; open: number[][] } {
  const rings: number[][] = [];
  const pieces: number[][] = [];
  for (const way of ways) {
    if (way.length < 2) continue;
    if (way[0] === way[way.length - 1]) {
      if (way.length >= 4) rings.push([...way]);
    } else pieces.push(way);
  }
  const byStart = new Map<number, number[]>();
  const byEnd = new Map<number, number[]>();
  const index = (map: Map<number, number[]>, id: number, w: number) => map.set(id, [...(map.get(id) ?? []), w]);
  pieces.forEach((way, w) => {
    index(byStart, way[0], w);
    index(byEnd, way[way.length - 1], w);
  });
  const used = new Uint8Array(pieces.length);
  const take = (map: Map<number, number[]>, id: number) => {
    const w = (map.get(id) ?? []).find((k) => !used[k]);
    if (w !== undefined) used[w] = 1;
    return w;
  };
  /** The next piece to add after node `id`, oriented to start there; undefined when none is left. */
  const after = (id: number) => {
    const w = take(byStart, id);
    if (w !== undefined) return pieces[w];
    const r = options.keepDirection ? undefined : take(byEnd, id);
    return r === undefined ? undefined : [...pieces[r]].reverse();
  };
  /** The next piece to add before node `id`, oriented to end there. */
  const before = (id: number) => {
    const w = take(byEnd, id);
    if (w !== undefined) return pieces[w];
    const r = options.keepDirection ? undefined : take(byStart, id);
    return r === undefined ? undefined : [...pieces[r]].reverse();
  };

  const open: number[][] = [];
  for (let start = 0; start < pieces.length; start++) {
    if (used[start]) continue;
    used[start] = 1;
    const tail = [...pieces[start]];
    const head: number[][] = []; // pieces to put in front, nearest first
    let first = tail[0];
    while (tail[tail.length - 1] !== first) {
      const piece = after(tail[tail.length - 1]);
      if (!piece) break;
      for (let k = 1; k < piece.length; k++) tail.push(piece[k]);
    }
    while (tail[tail.length - 1] !== first) {
      const piece = before(first);
      if (!piece) break;
      head.push(piece.slice(0, -1));
      first = piece[0];
    }
    const chain = head.reverse().flat().concat(tail);
    if (chain[0] === chain[chain.length - 1] && chain.length >= 4) rings.push(chain);
    else open.push(chain);
  }
  return { rings, open };
}
