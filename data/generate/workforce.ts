/**
 * The people of the three-level hierarchy — grid leader (网格长) → compound leader (小区长) → building
 * leader (楼栋长) — plus grid workers (网格员) and one community police officer (社区民警) per beat.
 * Names and phones are demo. Ids run P00001… in this order: grid leaders, grid workers, compound
 * leaders, building leaders, officers.
 */
import type { BuildingRow, CompoundRow, PersonRow, StationRow } from './dataset';
import { SECONDING_UNITS, type NameSource } from './demo-names';
import type { BeatGroup } from './police';
import type { Rng } from './prng';

/** The unit police grid leaders and community officers belong to. */
export const POLICE_EMPLOYER = '达川公安分局';

/** What the workforce needs to know about a grid. */
export interface WorkforceGrid {
  code: string;
  communityName: string; // the committee that employs its grid workers
}

/** The people, and who leads what. */
export interface Workforce {
  people: PersonRow[];
  /** Grid leader id of each grid (same order as the input grids). */
  gridLeaderIds: string[];
  /** Grid worker ids of each grid. */
  gridWorkerIds: string[][];
  /** Community officer id of each beat (same order as the input beats). */
  officerIds: string[];
}

/**
 * Creates the people of all grids, compounds, buildings and beats.
 * @param policeLeaders how many grid leaders are police officers (14 in Dachuan), spread at random.
 */
export function buildWorkforce(
  grids: readonly WorkforceGrid[], compounds: readonly CompoundRow[], buildings: readonly BuildingRow[], beats: readonly BeatGroup[],
  stations: readonly StationRow[], names: NameSource, rng: Rng, policeLeaders = 14,
): Workforce {
  const people: PersonRow[] = [];
  const add = (p: Omit<PersonRow, 'id' | 'name' | 'phone'>): string => {
    const id = `P${String(people.length + 1).padStart(5, '0')}`;
    people.push({ id, name: names.personName(), phone: names.phone(), ...p });
    return id;
  };
  const police = new Set(rng.shuffle(grids.map((_, k) => k)).slice(0, policeLeaders));
  const gridLeaderIds = grids.map((g, k) =>
    add({
      role: 'grid_leader', isPolice: police.has(k), employer: police.has(k) ? POLICE_EMPLOYER : rng.pick(SECONDING_UNITS),
      gridCode: g.code, compoundCode: null, buildingCode: null, parentId: null,
    }),
  );
  const gridWorkerIds = grids.map((g, k) =>
    Array.from({ length: rng.chance(0.55) ? 2 : 1 }, () =>
      add({ role: 'grid_worker', isPolice: false, employer: g.communityName, gridCode: g.code, compoundCode: null, buildingCode: null, parentId: gridLeaderIds[k] }),
    ),
  );
  const leaderOfGrid = new Map(grids.map((g, k) => [g.code, gridLeaderIds[k]]));
  const compoundLeader = new Map<string, string>();
  for (const c of compounds) {
    const employer = rng.chance(0.6) ? `${c.name}业主委员会` : '居民志愿者';
    compoundLeader.set(c.code, add({ role: 'compound_leader', isPolice: false, employer, gridCode: c.gridCode, compoundCode: c.code, buildingCode: null, parentId: leaderOfGrid.get(c.gridCode)! }));
  }
  for (const b of buildings) {
    add({ role: 'building_leader', isPolice: false, employer: '居民志愿者', gridCode: b.gridCode, compoundCode: b.compoundCode, buildingCode: b.code, parentId: compoundLeader.get(b.compoundCode)! });
  }
  const stationName = new Map(stations.map((s) => [s.code, s.name]));
  const officerIds = beats.map((beat) =>
    add({ role: 'community_officer', isPolice: true, employer: `${POLICE_EMPLOYER}${stationName.get(beat.stationCode)}`, gridCode: grids[beat.grids[0]].code, compoundCode: null, buildingCode: null, parentId: null }),
  );
  return { people, gridLeaderIds, gridWorkerIds, officerIds };
}
