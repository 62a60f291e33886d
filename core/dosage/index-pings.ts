import KDBush from 'kdbush';
import { DEFAULT_DOSAGE_SETTINGS, type DosagePing, type DosageSettings } from './types';

/**
 * Pings made ready for many places at once: each unit's usable pings sorted by time once, and a spatial index over
 * them, so a place reads only the pings near it. Without it every place sorted every unit's pings again and measured
 * every ping: 46,800 pings over the demo's places took 8–9 s a dosage answer. kdbush (already shipped with
 * maplibre-gl) is a static 2-D index, which is all a snapshot of pings needs.
 */
export interface PingIndex {
  /** Each unit's pings, sorted by time; pings less accurate than `maxAccuracyM` are left out as if not taken. */
  units: { unitId: string; pings: DosagePing[] }[];
  /** For index entry k: its unit (in `units`) and its place in that unit's list. */
  unitOf: Uint32Array;
  positionOf: Uint32Array;
  tree: KDBush;
}

export function indexPings(pings: readonly DosagePing[], settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): PingIndex {
  const byUnit = new Map<string, DosagePing[]>();
  for (const p of pings) {
    if (p.accuracyM > settings.maxAccuracyM) continue;
    const list = byUnit.get(p.unitId);
    if (list) list.push(p);
    else byUnit.set(p.unitId, [p]);
  }
  const units = [...byUnit].map(([unitId, list]) => ({ unitId, pings: list.sort((a, b) => a.atMs - b.atMs) }));
  const total = units.reduce((n, u) => n + u.pings.length, 0);
  const unitOf = new Uint32Array(total);
  const positionOf = new Uint32Array(total);
  const tree = new KDBush(Math.max(1, total));
  units.forEach((u, ui) =>
    u.pings.forEach((p, pos) => {
      const k = tree.add(p.lngLat[0], p.lngLat[1]);
      unitOf[k] = ui;
      positionOf[k] = pos;
    }),
  );
  // KDBush needs at least one point to finish; an empty snapshot gets a far-away dummy no entry points to.
  if (total === 0) tree.add(1e9, 1e9);
  tree.finish();
  return { units, unitOf, positionOf, tree };
}
