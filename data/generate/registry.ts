/**
 * The 一标三实 demo registers (issue 7): one standard address per building, the houses of the residents' flats
 * (with vacant ones), organisations in the compounds, open collection tasks for overdue buildings, and each
 * resident's house and verification date. Verification varies by grid: every grid draws how diligently its
 * records are refreshed when its buildings are checked, so some grids are stale. Demo data; names are invented.
 */
import type { DemoDataset } from './dataset';
import { createNameSource } from './demo-names';
import { DAY_MS, localDateKey } from '../../core/time';
import { createRng, type Rng } from './prng';
import type { ResidentRow } from './residents';

export interface AddressRow {
  code: string; // A-<building code>
  buildingCode: string;
  label: string; // 四川省达州市达川区三里坪街道梧桐梁社区星河城1栋
  verifiedAt: string; // YYYY-MM-DD
}

export type HouseUse = 'owner_occupied' | 'rented' | 'vacant';

export interface HouseRow {
  code: string; // <building code>-<unit>-<room>, e.g. C0001-B01-1-1203
  addressCode: string;
  buildingCode: string;
  number: string; // 1单元1203室, as the residents' house numbers
  use: HouseUse;
  rentalStart: string | null;
  rentalEnd: string | null; // some contracts have run out
  verifiedAt: string;
}

export type OrganisationKind =
  | 'small_hotel' | 'entertainment' | 'shop' | 'school' | 'kindergarten' | 'clinic' | 'pharmacy' | 'restaurant' | 'internet_cafe' | 'other';

export interface OrganisationRow {
  code: string; // O-<compound code>-<n>
  name: string;
  kind: OrganisationKind;
  addressCode: string;
  buildingCode: string;
  contact: string; // demo phone
  verifiedAt: string;
}

export interface CollectionTaskRow {
  id: string; // UUID drawn from the seed
  gridCode: string;
  buildingCode: string;
  assignee: string; // a grid worker of the grid
  note: string;
  dueOn: string;
  createdAt: string; // ISO timestamp
}

/** What the registers add to a resident: the house it lives in and when it was last verified. */
export interface ResidentRegistryFacts {
  houseCode: string;
  verifiedAt: string;
}

export interface DemoRegistry {
  addresses: AddressRow[];
  houses: HouseRow[];
  organisations: OrganisationRow[];
  tasks: CollectionTaskRow[];
  /** One entry per resident, in the order of the residents given. */
  residents: ResidentRegistryFacts[];
}

const ORG_KINDS: [OrganisationKind, number, readonly string[]][] = [
  ['shop', 30, ['便利店', '超市', '五金店', '水果店', '烟酒店', '母婴店']],
  ['restaurant', 20, ['火锅店', '面馆', '串串香', '中餐馆', '烧烤店']],
  ['small_hotel', 8, ['宾馆', '快捷酒店', '旅馆', '客栈']],
  ['entertainment', 8, ['KTV', '茶楼', '棋牌室', '酒吧']],
  ['internet_cafe', 5, ['网吧', '网咖']],
  ['clinic', 7, ['诊所', '口腔诊所', '社区卫生服务站']],
  ['pharmacy', 7, ['大药房', '药店']],
  ['school', 3, ['培训学校', '艺术培训中心']],
  ['kindergarten', 5, ['幼儿园']],
  ['other', 7, ['快递驿站', '家政服务部', '理发店', '洗衣店']],
];
const ORG_HEADS = ['顺心', '鑫源', '好又多', '巴山', '州河', '老王', '佳佳', '福满', '惠民', '兴隆', '百姓', '金瑞', '乐家', '红星', '康泰', '达福'];
const HOUSE_RE = /^(\d+)单元(\d+)室$/;

const addDays = (date: string, days: number): string => localDateKey(Date.parse(`${date}T12:00:00+08:00`) + days * DAY_MS);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * Generates the registers of the demo dataset and its residents (generateResidents of the same dataset).
 * Deterministic for (dataset, residents): draws from its own streams of the dataset's seed; dates are local
 * calendar dates up to the dataset's anchor. Does not mutate its inputs.
 */
export function generateRegistry(d: DemoDataset, residents: readonly ResidentRow[]): DemoRegistry {
  const rng = (stream: string) => createRng(d.meta.seed, stream);
  const today = localDateKey(Date.parse(d.meta.anchor));
  const diligence = gridDiligence(d, rng('registry-diligence'));
  const building = new Map(d.buildings.map((b) => [b.code, b]));
  const freshRng = rng('registry-verified');
  // A record is refreshed when its building is checked with its grid's diligence; otherwise it was last seen 3–10 months earlier.
  const recordDate = (buildingCode: string): string => {
    const b = building.get(buildingCode)!;
    return freshRng.chance(diligence.get(b.gridCode)!) ? b.verifiedAt : addDays(b.verifiedAt, -freshRng.int(91, 300));
  };
  const addresses = buildAddresses(d);
  const { houses, facts } = buildHouses(d, residents, today, recordDate, rng('registry-houses'));
  return {
    addresses,
    houses,
    organisations: buildOrganisations(d, recordDate, rng('registry-organisations')),
    tasks: buildTasks(d, today, rng('registry-tasks')),
    residents: facts,
  };
}

/** The share of a grid's records refreshed at a check: most grids keep up, a quarter lag, about one in seven is stale. */
function gridDiligence(d: DemoDataset, rng: Rng): Map<string, number> {
  return new Map(d.grids.map((g) => {
    const r = rng.next();
    return [g.code, r < 0.15 ? rng.range(0.15, 0.45) : r < 0.4 ? rng.range(0.6, 0.85) : rng.range(0.9, 0.99)];
  }));
}

function buildAddresses(d: DemoDataset): AddressRow[] {
  const compound = new Map(d.compounds.map((c) => [c.code, c]));
  const community = new Map(d.communities.map((c) => [c.code, c]));
  const street = new Map(d.streets.map((s) => [s.code, s]));
  return d.buildings.map((b) => {
    const c = compound.get(b.compoundCode)!;
    const m = community.get(c.communityCode)!;
    return {
      code: `A-${b.code}`,
      buildingCode: b.code,
      label: `四川省达州市${d.district.name}${street.get(m.streetCode)!.name}${m.shortName}${c.name}${b.name}`,
      verifiedAt: b.verifiedAt, // the address is confirmed whenever its building is checked
    };
  });
}

const houseCode = (buildingCode: string, number: string): string => {
  const m = HOUSE_RE.exec(number);
  if (!m) throw new Error(`generateRegistry: house number ${number} is not like 1单元1203室`);
  return `${buildingCode}-${m[1]}-${m[2]}`;
};

/** Flat numbering as generateResidents: two flats a floor, floors × 2 flats an entrance (单元). */
const flatNumber = (h: number, floors: number): string => {
  const perUnit = Math.max(1, floors * 2);
  return `${Math.floor(h / perUnit) + 1}单元${Math.floor((h % perUnit) / 2) + 1}${String((h % 2) + 1).padStart(2, '0')}室`;
};

function buildHouses(
  d: DemoDataset, residents: readonly ResidentRow[], today: string, recordDate: (b: string) => string, rng: Rng,
): { houses: HouseRow[]; facts: ResidentRegistryFacts[] } {
  const houses: HouseRow[] = [];
  const facts: ResidentRegistryFacts[] = new Array(residents.length);
  const byBuilding = new Map<string, number[]>(); // residents' indices, in order
  residents.forEach((r, i) => {
    const list = byBuilding.get(r.buildingCode);
    if (list) list.push(i);
    else byBuilding.set(r.buildingCode, [i]);
  });
  for (const b of d.buildings) {
    const household = new Map<string, number[]>();
    for (const i of byBuilding.get(b.code) ?? []) {
      const list = household.get(residents[i].houseNumber);
      if (list) list.push(i);
      else household.set(residents[i].houseNumber, [i]);
    }
    const base = { addressCode: `A-${b.code}`, buildingCode: b.code };
    for (const [number, members] of household) {
      const code = houseCode(b.code, number);
      const present = members.filter((i) => residents[i].movedOutOn === null);
      const floating = present.some((i) => residents[i].kind === 'floating');
      const use: HouseUse = present.length === 0 ? 'vacant' : rng.chance(floating ? 0.85 : 0.1) ? 'rented' : 'owner_occupied';
      const verifiedAt = recordDate(b.code);
      const contract = use === 'rented' ? rentalContract(present.map((i) => residents[i].movedInOn).reduce(minDate), today, rng) : null;
      houses.push({ code, ...base, number, use, rentalStart: contract?.[0] ?? null, rentalEnd: contract?.[1] ?? null, verifiedAt });
      for (const i of members) {
        const r = residents[i];
        // Verified with the house, but never before the resident arrived nor after they left.
        const at = maxDate(verifiedAt, r.movedInOn);
        facts[i] = { houseCode: code, verifiedAt: r.movedOutOn ? minDate(at, r.movedOutOn) : at };
      }
    }
    const vacant = Math.round(b.households * rng.range(0.02, 0.1));
    for (let h = b.households; h < b.households + vacant; h++) {
      const number = flatNumber(h, b.floors);
      houses.push({ code: houseCode(b.code, number), ...base, number, use: 'vacant', rentalStart: null, rentalEnd: null, verifiedAt: recordDate(b.code) });
    }
  }
  return { houses, facts };
}

/** A lease from the tenants' arrival for 1–3 years; most are renewed by whole years, some have run out. */
function rentalContract(start: string, today: string, rng: Rng): [string, string] {
  const years = rng.int(1, 3);
  let end = addDays(start, years * 365);
  if (end < today && rng.chance(0.85)) {
    while (end < today) end = addDays(end, 365);
  }
  return [start, end];
}

function buildOrganisations(d: DemoDataset, recordDate: (b: string) => string, rng: Rng): OrganisationRow[] {
  const phones = createNameSource(rng);
  const buildingsOf = new Map<string, string[]>();
  for (const b of d.buildings) {
    const list = buildingsOf.get(b.compoundCode);
    if (list) list.push(b.code);
    else buildingsOf.set(b.compoundCode, [b.code]);
  }
  const weights = ORG_KINDS.map(([, w]) => w);
  const rows: OrganisationRow[] = [];
  for (const c of d.compounds) {
    const n = [0, 1, 2, 3, 4][rng.weighted([30, 30, 20, 12, 8])];
    for (let k = 0; k < n; k++) {
      const [kind, , tails] = ORG_KINDS[rng.weighted(weights)];
      const buildingCode = rng.pick(buildingsOf.get(c.code)!);
      rows.push({
        code: `O-${c.code}-${k + 1}`,
        name: `${rng.pick(ORG_HEADS)}${rng.pick(tails)}`,
        kind,
        addressCode: `A-${buildingCode}`,
        buildingCode,
        contact: phones.phone(),
        verifiedAt: recordDate(buildingCode),
      });
    }
  }
  return rows;
}

/** Up to two open tasks a grid for buildings overdue a check, given to one of its grid workers, some already late. */
function buildTasks(d: DemoDataset, today: string, rng: Rng): CollectionTaskRow[] {
  const workers = new Map<string, string[]>();
  for (const p of d.people) {
    if (p.role !== 'grid_worker' || !p.gridCode) continue;
    const list = workers.get(p.gridCode);
    if (list) list.push(p.id);
    else workers.set(p.gridCode, [p.id]);
  }
  const overdueBefore = addDays(today, -90);
  const rows: CollectionTaskRow[] = [];
  for (const g of d.grids) {
    const staff = workers.get(g.code);
    if (!staff) continue;
    const overdue = d.buildings.filter((b) => b.gridCode === g.code && b.verifiedAt < overdueBefore);
    for (const b of rng.shuffle(overdue).slice(0, 2)) {
      const dueOn = addDays(today, rng.int(-15, 25));
      rows.push({
        id: uuidFrom(rng),
        gridCode: g.code,
        buildingCode: b.code,
        assignee: rng.pick(staff),
        note: `${b.name}一标三实核查（演示）`,
        dueOn,
        createdAt: `${addDays(dueOn, -30)}T09:00:00+08:00`,
      });
    }
  }
  return rows;
}

/** A version-4-shaped UUID from the stream (deterministic, unlike crypto.randomUUID). */
function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16));
  hex[12] = '4';
  hex[16] = ['8', '9', 'a', 'b'][rng.int(0, 3)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
