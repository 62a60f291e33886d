import type { PlannerGridCollection } from '../../map/layers/planner-grid-outline-layer';
import type { TerritoryFeature } from '../../map/layers/planner-territory-layer';
import type { GridOutline } from './dissolve-grids';
import type { GridRow } from './grid-rows';
import type { ChangedBuilding } from './plan-diff';
import type { PlanUnits } from './plan-units';
import type { GridLabelCandidate } from './place-grid-labels';

/** Pairs of different grids that share a territory edge, each pair once, sorted (for colouring). */
export function gridNeighbourPairs(pu: PlanUnits, assignment: ReadonlyMap<string, string>): [string, string][] {
  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (const p of pu.adjacency) {
    const a = assignment.get(p.a);
    const b = assignment.get(p.b);
    if (a === undefined || b === undefined || a === b) continue;
    const [x, y] = a < b ? [a, b] : [b, a];
    const id = `${x}\u0000${y}`;
    if (seen.has(id)) continue;
    seen.add(id);
    pairs.push([x, y]);
  }
  return pairs.sort((m, n) => (m[0] + '\u0000' + m[1] < n[0] + '\u0000' + n[1] ? -1 : 1));
}

/** The grid outlines as GeoJSON for the outline and offending layers. */
export function gridCollection(outlines: ReadonlyMap<string, GridOutline>, rows: readonly GridRow[], selectedGrid: string | null): PlannerGridCollection {
  const rowOf = new Map(rows.map((r) => [r.key, r]));
  return {
    type: 'FeatureCollection',
    features: [...outlines].map(([key, o]) => ({
      type: 'Feature',
      geometry: o.geometry,
      properties: { key, offending: rowOf.get(key)?.offending ?? false, selected: key === selectedGrid },
    })),
  };
}

/**
 * A label a grid, placed on the building nearest the mean of its buildings' positions (a centroid can fall outside
 * a concave grid; a building of the grid cannot), with its texts from the most to the least detailed (see
 * placeGridLabels, which keeps what fits the zoom).
 */
export function gridLabels(pu: PlanUnits, assignment: ReadonlyMap<string, string>, rows: readonly GridRow[], texts: (row: GridRow) => string[]): GridLabelCandidate[] {
  const positions = new Map<string, [number, number][]>();
  for (const u of pu.units) {
    const key = assignment.get(u.id)!;
    const list = positions.get(key) ?? [];
    list.push(pu.props.get(u.id)!.position);
    positions.set(key, list);
  }
  return rows.map((row) => {
    const list = positions.get(row.key) ?? [[0, 0]];
    const mx = list.reduce((s, p) => s + p[0], 0) / list.length;
    const my = list.reduce((s, p) => s + p[1], 0) / list.length;
    const nearest = list.reduce((best, p) => (Math.hypot(p[0] - mx, p[1] - my) < Math.hypot(best[0] - mx, best[1] - my) ? p : best));
    return { key: row.key, texts: texts(row), position: nearest, offending: row.offending };
  });
}

/** The territories of the changed buildings, for the difference overlay. */
export function changedTerritories(territories: readonly TerritoryFeature[], changed: readonly ChangedBuilding[]): TerritoryFeature[] {
  const codes = new Set(changed.map((c) => c.code));
  return territories.filter((f) => codes.has(f.properties.code));
}
