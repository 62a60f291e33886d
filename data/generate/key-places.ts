/**
 * Key places (重点部位) that precision patrols cover in their peak hours: the government core, schools,
 * malls, hospitals, construction sites, night-life areas and transport hubs. Locations and names are
 * demo (named after the community they stand in); peak windows follow the article's description.
 */
import type { Position } from 'geojson';
import type { KeyPlaceKind, KeyPlaceRow, PeakWindow } from './dataset';
import type { Rng } from './prng';
import { pointInCell, type UrbanMesh } from './urban-mesh';

/** Where a key place stands, before it has a code, a name and a grid. */
export interface KeyPlaceSite {
  kind: KeyPlaceKind;
  cellId: number;
  point: [number, number]; // [lng, lat]
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Peak windows by kind, local Asia/Shanghai time; a window whose `from` is after its `to` runs past midnight. */
export const PEAK_WINDOWS: Record<KeyPlaceKind, PeakWindow[]> = {
  government: [{ weekdays: WEEKDAYS, from: '08:30', to: '11:30' }, { weekdays: WEEKDAYS, from: '14:30', to: '17:30' }],
  school: [{ weekdays: WEEKDAYS, from: '07:20', to: '08:20' }, { weekdays: WEEKDAYS, from: '16:30', to: '17:40' }],
  mall: [{ weekdays: ALL_DAYS, from: '18:00', to: '22:00' }, { weekdays: [6, 7], from: '14:00', to: '21:00' }],
  hospital: [{ weekdays: ALL_DAYS, from: '07:30', to: '11:30' }, { weekdays: WEEKDAYS, from: '14:00', to: '17:00' }],
  construction: [{ weekdays: [1, 2, 3, 4, 5, 6], from: '07:00', to: '18:00' }],
  nightlife: [{ weekdays: ALL_DAYS, from: '20:00', to: '02:00' }],
  transport: [{ weekdays: ALL_DAYS, from: '06:30', to: '09:00' }, { weekdays: ALL_DAYS, from: '17:00', to: '19:30' }],
};

/** How many of each kind, and where they go: within `maxM` metres of the centre, or beyond `minM`. */
const PLAN: { kind: KeyPlaceKind; count: number; minM?: number; maxM?: number }[] = [
  { kind: 'mall', count: 5, maxM: 1300 },
  { kind: 'nightlife', count: 6, maxM: 1700 },
  { kind: 'hospital', count: 4, maxM: 2200 },
  { kind: 'school', count: 12, maxM: 3000 },
  { kind: 'transport', count: 1, maxM: 1200 },
  { kind: 'transport', count: 1, minM: 1800 },
  { kind: 'construction', count: 6, minM: 1900 },
];

/**
 * Picks the blocks of the key places: the government where `government` falls (or the nearest block),
 * the rest spread out by farthest-point sampling within their distance band from `centreM`, one place
 * a block at most.
 */
export function pickKeyPlaceSites(mesh: UrbanMesh, government: Position, governmentCell: number, centreM: readonly [number, number], rng: Rng): KeyPlaceSite[] {
  const sites: KeyPlaceSite[] = [{ kind: 'government', cellId: governmentCell, point: [government[0], government[1]] }];
  const used = new Set<number>([governmentCell]);
  const dist = (id: number): number => Math.hypot(mesh.cells[id].centroidM[0] - centreM[0], mesh.cells[id].centroidM[1] - centreM[1]);
  for (const { kind, count, minM = 0, maxM = Infinity } of PLAN) {
    const candidates = mesh.cells.map((c) => c.id).filter((id) => !used.has(id) && dist(id) >= minM && dist(id) <= maxM);
    for (let k = 0; k < count; k++) {
      const chosen = farthestFrom(mesh, candidates.filter((id) => !used.has(id)), sites.filter((s) => s.kind === kind || s.kind === 'government'), rng);
      used.add(chosen);
      sites.push({ kind, cellId: chosen, point: pointInCell(mesh, chosen, rng.range(0.35, 0.65), rng.range(0.35, 0.65)) });
    }
  }
  return sites;
}

/** The candidate farthest (with ±15 % noise) from the places already of this kind; the first at random. */
function farthestFrom(mesh: UrbanMesh, candidates: number[], placed: KeyPlaceSite[], rng: Rng): number {
  if (candidates.length === 0) throw new Error('pickKeyPlaceSites: no block left for a key place');
  let best = candidates[0];
  let bestScore = -1;
  for (const id of candidates) {
    const [x, y] = mesh.cells[id].centroidM;
    const nearest = placed.reduce((m, s) => Math.min(m, Math.hypot(x - mesh.cells[s.cellId].centroidM[0], y - mesh.cells[s.cellId].centroidM[1])), 1e9);
    const score = (placed.length ? nearest : 1) * rng.range(0.85, 1);
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

const NAME_SUFFIX: Record<KeyPlaceKind, string[]> = {
  government: ['达川区行政中心'],
  school: ['小学', '中学', '实验小学', '初级中学'],
  mall: ['购物广场', '商业中心', '百货'],
  hospital: ['医院', '中心医院'],
  construction: ['安置房项目工地', '商住项目工地', '道路改造工地'],
  nightlife: ['夜市', '酒吧街', '美食街', 'KTV聚集区'],
  transport: ['公交枢纽站', '汽车客运站'],
};

/** Rows of the key places, named after their community (demo) and coded KP01…, each with its grid. */
export function buildKeyPlaceRows(sites: readonly KeyPlaceSite[], gridCodeOfCell: (cellId: number) => string, communityCore: (cellId: number) => string): KeyPlaceRow[] {
  const names = new Set<string>();
  const perKind = new Map<KeyPlaceKind, number>();
  return sites.map((site, i) => {
    const k = perKind.get(site.kind) ?? 0;
    perKind.set(site.kind, k + 1);
    const suffixes = NAME_SUFFIX[site.kind];
    let name = site.kind === 'government' ? suffixes[0] : communityCore(site.cellId) + suffixes[k % suffixes.length];
    for (let n = 2; names.has(name); n++) name = `${communityCore(site.cellId)}第${n}${suffixes[k % suffixes.length]}`;
    names.add(name);
    return {
      code: `KP${String(i + 1).padStart(2, '0')}`,
      name,
      kind: site.kind,
      gridCode: gridCodeOfCell(site.cellId),
      peakWindows: PEAK_WINDOWS[site.kind].map((w) => ({ ...w, weekdays: [...w.weekdays] })),
      geom: { type: 'Point', coordinates: site.point },
    };
  });
}
