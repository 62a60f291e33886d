/**
 * The deterministic generator of the Dachuan demo dataset. Real: the district boundary, the names and
 * codes of its 33 streets/townships and 452 communities/villages. Everything else — urban geometry,
 * compounds, buildings, people, police units, key places, incidents, registers — is demo data drawn
 * from a seeded PRNG. Pure: no I/O, no clock, no Math.random; the same (inputs, seed, anchor) always
 * give a deep-equal dataset.
 */
import { generateActivities } from './activities';
import { meetingsOfActivities } from './meetings';
import { buildAdminUnits } from './admin-units';
import { nearestCellToMetres, planCity, type CityPlan } from './city-plan';
import type { BeatRow, DemoDataset, GridRow } from './dataset';
import { createNameSource } from './demo-names';
import { buildDemoWater } from './demo-water';
import { buildDemoRoads } from './demo-roads';
import { INCIDENT_CATEGORIES } from './incident-categories';
import { generateIncidents } from './incidents';
import { buildKeyPlaceRows } from './key-places';
import { buildMainRoads } from './main-roads';
import { buildStations, groupGridsIntoBeats } from './police';
import { buildCompoundsAndBuildings } from './population';
import { createRng, type Rng } from './prng';
import type { RealInputs } from './real-inputs';
import { generateAssessments, generateDisputes } from './registers';
import { buildBeatRows, buildGridRows, createDissolver, withUrbanGeometry } from './unit-rows';
import { buildWorkforce } from './workforce';

export interface GenerateOptions {
  seed: string;
  /** The end of the generated year: incidents and work records fall before it. */
  anchor: Date;
}

const POLICE_GRID_LEADERS = 14;
const DISPUTES_A_YEAR = 400;

/**
 * Generates the whole demo dataset.
 * @param inputs the real inputs (loadRealInputs()), district geometry already in WGS 84. Not mutated.
 * @throws Error when the anchor is invalid, the inputs lack the urban streets or the government lies
 *   outside the district.
 */
export function generateDemoDataset(inputs: RealInputs, { seed, anchor }: GenerateOptions): DemoDataset {
  const anchorMs = anchor.getTime();
  if (!Number.isFinite(anchorMs)) throw new Error('generateDemoDataset: anchor is not a valid date');
  const rng = (stream: string): Rng => createRng(seed, stream);
  const admin = buildAdminUnits(inputs);
  const plan = planCity(inputs, admin.streets, admin.communities, rng);
  const { mesh, layout, gridCodes } = plan;
  const community = new Map(admin.communities.map((c) => [c.code, c]));
  const gridCodeOfCell = (cellId: number): string => gridCodes[layout.gridOfCell[cellId]];

  const { compounds, buildings, residentsOfCell } = buildCompoundsAndBuildings(
    mesh, layout, plan.households, gridCodes, createNameSource(rng('compound-names')), anchorMs, rng('population'),
  );
  const stations = buildStations(mesh, layout, admin.streets.filter((s) => s.urban));
  const beatGroups = groupGridsIntoBeats(mesh, layout, stations);
  const workforce = buildWorkforce(
    layout.grids.map((g, k) => ({ code: gridCodes[k], communityName: community.get(g.communityCode)!.name })),
    compounds, buildings, beatGroups, stations, createNameSource(rng('people-names')), rng('people'), POLICE_GRID_LEADERS,
  );

  const dissolve = createDissolver(mesh);
  const grids = buildGridRows(layout, gridCodes, (code) => community.get(code)!.shortName, workforce.gridLeaderIds, buildings, dissolve);
  const beats = buildBeatRows(beatGroups, stations, layout, gridCodes, workforce.officerIds, dissolve);
  const units = withUrbanGeometry(admin.streets, admin.communities, layout, dissolve);
  const communityCore = (cellId: number): string => community.get(layout.grids[layout.gridOfCell[cellId]].communityCode)!.shortName.replace(/社区$/, '');
  const beatOfGrid = new Map(beats.flatMap((b) => b.gridCodes.map((g) => [g, b.code] as const)));

  const incidents = generateIncidents(
    {
      mesh, anchorMs, residentsOfCell, sites: plan.sites, roads: buildMainRoads(mesh, nearestCellToMetres(mesh, plan.centreM)),
      gridCodeOfCell, beatCodeOfCell: (cellId) => beatOfGrid.get(gridCodeOfCell(cellId))!,
    },
    rng('incidents'),
  );
  return {
    meta: { seed, anchor: anchor.toISOString(), generator: 'jingwang-demo/1', note: '演示数据（生成） / demo data, generated — not real people or incidents' },
    district: { code: inputs.district.code, name: inputs.district.name, geom: structuredClone(inputs.district.geom) },
    streets: units.streets,
    communities: units.communities,
    compounds,
    buildings,
    grids,
    stations,
    beats,
    people: workforce.people,
    keyPlaces: buildKeyPlaceRows(plan.sites, gridCodeOfCell, communityCore),
    incidentCategories: INCIDENT_CATEGORIES.map((c) => ({ ...c })),
    incidents,
    ...generateRegisters(plan, grids, beats, workforce.gridWorkerIds, residentsOfCell, gridCodeOfCell, anchorMs, rng),
    ...buildDemoRoads(mesh, nearestCellToMetres(mesh, plan.centreM)),
    water: buildDemoWater(mesh, inputs.district.geom),
  };
}

/** Disputes, assessments, work records and the minutes of the meetings among them. */
function generateRegisters(
  plan: CityPlan, grids: GridRow[], beats: BeatRow[], workerIds: string[][], residentsOfCell: number[], gridCodeOfCell: (cellId: number) => string,
  anchorMs: number, rng: (stream: string) => Rng,
): Pick<DemoDataset, 'disputes' | 'assessments' | 'activities' | 'meetings'> {
  const disputesRng = rng('registers');
  const disputes = generateDisputes({ mesh: plan.mesh, anchorMs, residentsOfCell, gridCodeOfCell }, DISPUTES_A_YEAR + disputesRng.int(-20, 20), disputesRng);
  const assessments = generateAssessments(grids.map((g) => ({ gridCode: g.code, leaderId: g.leaderId })), anchorMs, rng('assessments'));
  const officerOfGrid = new Map(beats.flatMap((b) => b.gridCodes.map((g) => [g, b.officerId] as const)));
  const workGrids = grids.map((g, k) => ({ code: g.code, communityCode: g.communityCode, leaderId: g.leaderId, workerIds: workerIds[k], officerId: officerOfGrid.get(g.code)!, residents: g.residents }));
  const activities = generateActivities(workGrids, anchorMs, rng('activities'));
  return { disputes, assessments, activities, meetings: meetingsOfActivities(activities, workGrids) };
}
