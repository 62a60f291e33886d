/** A building whose grid differs from the published plan. */
export interface ChangedBuilding {
  code: string;
  /** Its published grid code. */
  from: string;
  /** Its draft grid key. */
  to: string;
  /** The published grid the draft grid stands for (see diffPlan), or null for a wholly new grid. */
  toPublished: string | null;
}

export interface PlanDiff {
  changed: ChangedBuilding[];
  /** draft grid key → the published grid code it continues, or null. */
  matches: Map<string, string | null>;
}

/**
 * Compares a draft with the published plan. Draft keys are not codes (auto-redistricting renames every grid), so
 * each draft grid is first matched one-to-one with the published grid it continues: a key equal to a published
 * code keeps that code, the others take, largest overlap first, the published grid with which they share the most
 * households, if it is not taken yet. A building has changed grid when its published grid is not the one its draft
 * grid continues. Buildings missing from either side are ignored. Pure; changed buildings in `published` order.
 */
export function diffPlan(
  published: ReadonlyMap<string, string>,
  draft: ReadonlyMap<string, string>,
  households: (code: string) => number = () => 1,
): PlanDiff {
  const publishedCodes = new Set(published.values());
  const matches = new Map<string, string | null>();
  const taken = new Set<string>();
  for (const key of new Set(draft.values())) {
    if (publishedCodes.has(key)) {
      matches.set(key, key);
      taken.add(key);
    }
  }
  const overlap = new Map<string, number>(); // `${draftKey}\u0000${publishedCode}` → households
  for (const [code, key] of draft) {
    const from = published.get(code);
    if (from === undefined || matches.has(key)) continue;
    const id = `${key}\u0000${from}`;
    overlap.set(id, (overlap.get(id) ?? 0) + households(code));
  }
  const ranked = [...overlap].map(([id, weight]) => ({ key: id.split('\u0000')[0], code: id.split('\u0000')[1], weight }));
  ranked.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.code < b.code ? -1 : 1));
  for (const { key, code } of ranked) {
    if (matches.has(key) || taken.has(code)) continue;
    matches.set(key, code);
    taken.add(code);
  }
  for (const key of new Set(draft.values())) if (!matches.has(key)) matches.set(key, null);
  const changed: ChangedBuilding[] = [];
  for (const [code, from] of published) {
    const to = draft.get(code);
    if (to === undefined) continue;
    const toPublished = matches.get(to) ?? null;
    if (toPublished !== from) changed.push({ code, from, to, toPublished });
  }
  return { changed, matches };
}
