import type { WaterRow } from './demo-water';
/**
 * The shape of the Dachuan demo dataset: what the deterministic generator produces and the seeder
 * writes to the database. Coordinates are [lng, lat] in EPSG:4326 (WGS 84) everywhere.
 * Everything except the street/community names and codes and the district boundary is demo data.
 */
import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';

export type Area = Polygon | MultiPolygon;

export interface DistrictRow {
  code: string; // 511703
  name: string; // 达川区
  geom: Area; // converted from GCJ-02 to WGS 84
}

export interface StreetRow {
  code: string; // 9-digit statistical code, e.g. 511703001
  name: string; // 三里坪街道
  kind: 'street' | 'town' | 'township'; // 街道 / 镇 / 乡
  urban: boolean; // one of the six urban streets
  geom: Area | null; // demo geometry for the six urban streets (union of their communities); null otherwise
}

export interface CommunityRow {
  code: string; // 12-digit statistical code
  name: string; // 梧桐梁社区居民委员会
  shortName: string; // 梧桐梁社区
  streetCode: string;
  kind: 'community' | 'village'; // 社区居民委员会 / 村民委员会
  urban: boolean; // an urban community of the six streets: has demo geometry and grids
  geom: Area | null;
}

export interface CompoundRow {
  code: string; // unique, e.g. C0001
  name: string; // demo name, e.g. 南滨花园
  communityCode: string;
  gridCode: string; // a compound is never split between grids
  geom: Polygon;
}

export interface BuildingRow {
  code: string; // unique, e.g. C0001-B03
  name: string; // 3栋
  compoundCode: string;
  gridCode: string;
  floors: number;
  households: number;
  residents: number;
  partyMembers: number;
  institutionStaff: number; // staff of state organs and institutions living here (机关企事业单位人员)
  verifiedAt: string; // ISO date of the last 一标三实 verification
  geom: Polygon;
}

export interface GridRow {
  code: string; // unique, e.g. 511703001001001
  name: string; // 梧桐梁社区第1网格
  communityCode: string;
  streetCode: string;
  leaderId: string; // PersonRow.id of the grid leader
  households: number; // sums of its buildings
  residents: number;
  partyMembers: number;
  institutionStaff: number;
  geom: Area; // grids of a community tile it exactly (shared vertices, no gap, no overlap)
}

export interface StationRow {
  code: string; // e.g. PS01
  name: string; // 三里坪派出所 (demo)
  streetCode: string;
  geom: Point;
}

export interface BeatRow {
  code: string; // e.g. PS01-J03
  name: string; // 三里坪派出所第3警格
  stationCode: string;
  officerId: string; // PersonRow.id of the community police officer
  gridCodes: string[]; // a whole number of grids; every grid lies in exactly one beat
  geom: Area; // union of its grids
}

export type PersonRole =
  | 'grid_leader' // 网格长
  | 'compound_leader' // 小区长
  | 'building_leader' // 楼栋长
  | 'grid_worker' // 网格员
  | 'community_officer'; // 社区民警

export interface PersonRow {
  id: string; // e.g. P00001
  name: string; // demo name
  role: PersonRole;
  isPolice: boolean; // 14 grid leaders are police officers; all community officers are
  employer: string; // unit the cadre is seconded from, e.g. 达川区财政局 (demo)
  phone: string; // demo, 11 digits
  gridCode: string | null;
  compoundCode: string | null;
  buildingCode: string | null;
  parentId: string | null; // building leader → compound leader → grid leader
}

export interface PeakWindow {
  weekdays: number[]; // ISO weekdays 1 (Mon) … 7 (Sun)
  from: string; // 'HH:MM' local time (Asia/Shanghai)
  to: string;
}

export type KeyPlaceKind = 'government' | 'school' | 'mall' | 'hospital' | 'construction' | 'nightlife' | 'transport';

export interface KeyPlaceRow {
  code: string;
  name: string;
  kind: KeyPlaceKind;
  gridCode: string;
  peakWindows: PeakWindow[];
  geom: Point;
}

export interface IncidentCategoryRow {
  code: string; // e.g. THEFT_RES
  nameZh: string;
  nameEn: string;
  group: 'criminal' | 'public_order' | 'dispute' | 'traffic' | 'assistance' | 'fire';
}

export interface IncidentRow {
  id: number; // 1..N
  occurredAt: string; // ISO timestamp with offset, e.g. 2026-03-04T21:17:00+08:00
  categoryCode: string;
  source: '110' | 'patrol' | 'walk_in' | 'grid_report';
  gridCode: string;
  beatCode: string;
  geom: Point;
  recordedAt: string; // when it was entered, as occurredAt: minutes later, the same local day (incident-recording.ts)
}

/** A node of the demo road network (a lattice vertex of the urban mesh); the id is the pgRouting vertex id. */
export interface RoadNodeRow {
  id: number;
  geom: Point;
}

export type RoadClass = 'primary' | 'secondary' | 'residential'; // OSM highway classes

/** A street segment in pgRouting's layout: costs in seconds per mode, negative = no way in that direction. */
export interface RoadEdgeRow {
  id: number;
  source: number; // RoadNodeRow.id at the first vertex
  target: number; // RoadNodeRow.id at the last vertex
  highway: RoadClass;
  name: string | null; // demo name, e.g. 达川大道
  oneway: boolean; // for cars, along source → target
  lengthM: number;
  footCostS: number;
  footReverseCostS: number;
  carCostS: number;
  carReverseCostS: number;
  geom: LineString;
}

export type DisputeType = 'family' | 'neighbour' | 'property' | 'labour' | 'debt' | 'contract' | 'other';
export type DisputeStatus =
  | 'registered' | 'assessed' | 'mediating' | 'referred' | 'escalated' | 'resolved' | 'visited' | 'closed';

export interface DisputeRow {
  code: string;
  type: DisputeType;
  status: DisputeStatus;
  source: 'patrol' | 'resident' | 'grid_worker' | '110';
  registeredAt: string; // ISO timestamp
  resolvedAt: string | null;
  gridCode: string;
  summary: string; // demo text, no personal data
  geom: Point;
}

export type Grade = 'good' | 'fair' | 'average' | 'poor'; // 好 / 较好 / 一般 / 差

export interface AssessmentRow {
  gridCode: string;
  leaderId: string;
  round: string; // two-month round, e.g. '2026-09/10'
  grade: Grade;
  total: number; // out of 100: the sum of the scores
  scores: { work: number; disputes: number; data: number; residents: number }; // each 0–25
}

export type ActivityKind =
  | 'population_check' // 人口核查
  | 'legal_session' // 法治宣传
  | 'dispute_helped' // 协助化解矛盾纠纷
  | 'opinion_collected' // 收集社情民意
  | 'joint_meeting' // 网格联席会 (monthly)
  | 'resident_talk'; // 季度谈心谈话

export interface ActivityRow {
  kind: ActivityKind;
  gridCode: string;
  personId: string;
  occurredAt: string; // ISO timestamp
}

/** A meeting with its minutes (联席会与谈心谈话), the record behind a joint_meeting or resident_talk work record. */
export interface MeetingRow {
  kind: 'joint_monthly' | 'quarterly_talk';
  gridCode: string;
  communityCode: string;
  heldOn: string; // local date, YYYY-MM-DD
  topic: string;
  minutes: string;
  attendance: string[]; // PersonRow ids
}

export interface DemoDataset {
  meta: { seed: string; anchor: string; generator: string; note: string };
  district: DistrictRow;
  streets: StreetRow[];
  communities: CommunityRow[];
  compounds: CompoundRow[];
  buildings: BuildingRow[];
  grids: GridRow[];
  stations: StationRow[];
  beats: BeatRow[];
  people: PersonRow[];
  keyPlaces: KeyPlaceRow[];
  incidentCategories: IncidentCategoryRow[];
  incidents: IncidentRow[];
  disputes: DisputeRow[];
  assessments: AssessmentRow[];
  activities: ActivityRow[];
  meetings: MeetingRow[];
  roadNodes: RoadNodeRow[];
  roadEdges: RoadEdgeRow[];
  water: WaterRow[];
}
