import { sql } from 'drizzle-orm';
import type { PlanFinding, PlanProblem, PlanProblemParams } from '../../../core/contracts/planner';
import type { PersonRole } from '../../../core/contracts/workforce';
import { personRoleWord } from '../../i18n/interface-words';
import type { Language } from '../../i18n/language';
import { say, type ApiMessageCode } from '../../i18n/messages';
import { queryRows, type Db } from '../engine';

/** Which kind of place a finding's parameter names (core/contracts/planner.ts, PlanProblemParams). */
const placeOf: Record<string, 'building' | 'compound' | 'community' | 'grid' | 'beat'> = {
  building: 'building',
  buildings: 'building',
  compound: 'compound',
  community: 'community',
  communities: 'community',
  grid: 'grid',
  grids: 'grid',
  a: 'grid',
  b: 'grid',
  beat: 'beat',
};
type Place = (typeof placeOf)[string];

/** The names of the places the findings mention, by kind and code, read in one query per kind. */
async function findPlaceNames(db: Db, findings: readonly { params: PlanProblemParams }[]): Promise<Record<Place, Map<string, string>>> {
  const wanted: Record<Place, Set<string>> = { building: new Set(), compound: new Set(), community: new Set(), grid: new Set(), beat: new Set() };
  for (const f of findings) {
    for (const [name, value] of Object.entries(f.params)) {
      const place = placeOf[name];
      if (!place) continue;
      for (const code of Array.isArray(value) ? value : [value]) if (typeof code === 'string') wanted[place].add(code);
    }
  }
  const read = async (codes: Set<string>, query: (list: string[]) => ReturnType<typeof sql>) => {
    if (codes.size === 0) return new Map<string, string>();
    const rows = await queryRows<{ code: string; name: string }>(db, query([...codes]));
    return new Map(rows.map((r) => [r.code, r.name]));
  };
  const list = (codes: string[]) => sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  // A building as people find it: its compound's name and its own (星河城1栋); a community by its short name.
  return {
    building: await read(wanted.building, (c) => sql`SELECT b.code, k.name || b.name AS name FROM buildings b JOIN compounds k ON k.code = b.compound_code WHERE b.code = ANY(${list(c)})`),
    compound: await read(wanted.compound, (c) => sql`SELECT code, name FROM compounds WHERE code = ANY(${list(c)})`),
    community: await read(wanted.community, (c) => sql`SELECT code, short_name AS name FROM communities WHERE code = ANY(${list(c)})`),
    grid: await read(wanted.grid, (c) => sql`SELECT code, name FROM grids WHERE code = ANY(${list(c)})`),
    beat: await read(wanted.beat, (c) => sql`SELECT code, name FROM beats WHERE code = ANY(${list(c)})`),
  };
}

/**
 * Words findings (a plan's problems, or a publication's warnings) in `language`, naming each place: a building by
 * its compound and number, a grid by its name, a draft's new grid as 新网格 N1, the way the planner's table shows it.
 * A code that names nothing known (a building not in the area) stays as it is: it is the planner's own input.
 */
export async function sayPlanFindings<F extends { code: ApiMessageCode; params: PlanProblemParams }>(db: Db, language: Language, findings: readonly F[]): Promise<(F & { message: string })[]> {
  if (findings.length === 0) return [];
  const names = await findPlaceNames(db, findings);
  const nameOf = (place: Place, code: string) => {
    if (code === '…') return code;
    const name = names[place].get(code);
    if (name) return name;
    return place === 'grid' ? say(language, 'plan_new_grid', { key: code }) : code;
  };
  return findings.map((f) => {
    const params: Record<string, string | number | string[]> = f.code === 'plan_handover_undecided' ? { items: handoverItems(language, f.params) } : {};
    for (const [name, value] of Object.entries(f.params)) {
      const place = placeOf[name];
      if (!place) params[name] = value;
      else params[name] = Array.isArray(value) ? value.map((v) => nameOf(place, v)) : typeof value === 'string' ? nameOf(place, value) : value;
    }
    return { ...f, message: say(language, f.code, params) };
  });
}

const roles: PersonRole[] = ['grid_leader', 'grid_worker', 'community_officer', 'compound_leader', 'building_leader'];

/** What still belongs to a grid without a successor (undecidedProblems' parameters), item by item: 网格长张三、账号 grid001（张三）、会议 2 次. */
function handoverItems(language: Language, p: PlanProblemParams): string[] {
  const list = (v: PlanProblemParams[string] | undefined) => (Array.isArray(v) ? v : []);
  const count = (v: PlanProblemParams[string] | undefined) => (typeof v === 'number' ? v : 0);
  const names = list(p.accountNames);
  return [
    ...roles.flatMap((role) => list(p[role]).map((name) => say(language, 'handover_person', { role: personRoleWord(language, role), name }))),
    ...list(p.accounts).map((username, i) => say(language, 'handover_account', { username, name: names[i] ?? '' })),
    ...(count(p.meetings) ? [say(language, 'handover_meetings', { n: count(p.meetings) })] : []),
    ...(count(p.workRecords) ? [say(language, 'handover_work', { n: count(p.workRecords) })] : []),
    ...(count(p.tasks) ? [say(language, 'handover_tasks', { n: count(p.tasks) })] : []),
  ];
}

/** A plan's problems in `language` (see sayPlanFindings). */
export function sayPlanProblems(db: Db, language: Language, findings: readonly PlanFinding[]): Promise<PlanProblem[]> {
  return sayPlanFindings(db, language, findings);
}
