export interface GridToNumber {
  key: string;
  communityCode: string;
  /** The grid's centroid, [lng, lat]. */
  centroid: [number, number];
}

/**
 * Grid codes of a published plan: community code (6-digit county + 3-digit street + 3-digit community) followed
 * by a 3-digit sequence. A grid whose key is already a code of its community (a published grid kept or redrawn in
 * place) keeps it, so a plan that changes a few grids does not renumber the rest. The other grids take the lowest
 * free sequences west to east and north to south, read like a page: they are cut into rows of ⌈√n⌉ grids from the
 * north, and each row is numbered from the west. A code in `usedBefore` (the area's grids before this plan and every
 * grid it ever had) goes to no new grid: grades, meetings and work are kept under the code a grid had when they were
 * recorded, and a new grid under a retired code would take on another grid's history. Returns key → code. Pure; ties
 * broken by key, so the numbering is deterministic. Throws RangeError when a community's 999 sequences run out.
 */
export function numberGrids(grids: readonly GridToNumber[], usedBefore: Iterable<string> = []): Record<string, string> {
  const retired = [...usedBefore];
  const byCommunity = new Map<string, GridToNumber[]>();
  for (const g of grids) byCommunity.set(g.communityCode, [...(byCommunity.get(g.communityCode) ?? []), g]);
  const codes: Record<string, string> = {};
  for (const [community, members] of byCommunity) {
    if (members.length > 999) throw new RangeError(`community ${community} has ${members.length} grids; codes hold 999`);
    const kept = members.filter((g) => g.key.length === community.length + 3 && g.key.startsWith(community) && /^\d{3}$/.test(g.key.slice(-3)) && g.key.slice(-3) !== '000');
    const used = new Set(kept.map((g) => Number(g.key.slice(-3))));
    for (const code of retired) if (code.length === community.length + 3 && code.startsWith(community)) used.add(Number(code.slice(-3)));
    for (const g of kept) codes[g.key] = g.key;
    const fresh = members.filter((g) => codes[g.key] === undefined);
    const perRow = Math.ceil(Math.sqrt(fresh.length));
    const northToSouth = [...fresh].sort((a, b) => b.centroid[1] - a.centroid[1] || (a.key < b.key ? -1 : 1));
    let n = 0;
    for (let i = 0; i < northToSouth.length; i += perRow) {
      const row = northToSouth.slice(i, i + perRow).sort((a, b) => a.centroid[0] - b.centroid[0] || (a.key < b.key ? -1 : 1));
      for (const g of row) {
        do n++;
        while (used.has(n));
        if (n > 999) throw new RangeError(`community ${community} has used all 999 grid codes`);
        codes[g.key] = `${community}${String(n).padStart(3, '0')}`;
      }
    }
  }
  return codes;
}
