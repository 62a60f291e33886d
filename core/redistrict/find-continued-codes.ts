/** A building as continuing codes reads it: its published grid, its community, and its households. */
export interface PublishedBuilding {
  code: string;
  /** The code of the published grid the building is in now. */
  gridCode: string;
  communityCode: string;
  households: number;
}

/**
 * The published code each new grid continues, so that a redrawn grid keeps its code and its people stay (issue 12):
 * a key that is already a published code keeps it; the other keys take, largest share first, the published grid of
 * their community from which they receive the most households, if no other grid took it (ties: the lower key, then
 * the lower code). Keys left over are new grids and get free numbers (numberGrids). `assignment` is building code →
 * grid key. Returns key → continued code; a key without one is absent. Does not mutate input.
 */
export function findContinuedCodes(buildings: readonly PublishedBuilding[], assignment: Readonly<Record<string, string>>): Map<string, string> {
  const published = new Set(buildings.map((b) => b.gridCode));
  const continued = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of new Set(Object.values(assignment))) {
    if (published.has(key)) {
      continued.set(key, key);
      taken.add(key);
    }
  }
  const shares = new Map<string, { key: string; code: string; households: number }>();
  for (const b of buildings) {
    const key = assignment[b.code];
    if (key === undefined || continued.has(key) || !b.gridCode.startsWith(b.communityCode)) continue;
    const id = `${key}\u0000${b.gridCode}`;
    const share = shares.get(id) ?? { key, code: b.gridCode, households: 0 };
    share.households += b.households;
    shares.set(id, share);
  }
  const ranked = [...shares.values()].sort((x, y) => y.households - x.households || (x.key < y.key ? -1 : x.key > y.key ? 1 : x.code < y.code ? -1 : 1));
  for (const s of ranked) {
    if (continued.has(s.key) || taken.has(s.code)) continue;
    continued.set(s.key, s.code);
    taken.add(s.code);
  }
  return continued;
}
