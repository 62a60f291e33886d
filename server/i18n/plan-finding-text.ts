import type { PlanProblemParams } from '../../core/contracts/planner';
import type { PersonRole } from '../../core/contracts/workforce';
import type { PlaceKind } from '../db/repos/plan-place-names.repo';
import { personRoleWord } from './interface-words';
import type { Language } from './language';
import { say, type ApiMessageCode } from './messages';

/** Which kind of place a finding's parameter names (core/contracts/planner.ts, PlanProblemParams). */
const placeOf: Record<string, PlaceKind> = {
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

/** The codes of the places the findings mention, by kind: what has to be named before they are worded. */
export function findNamedPlaces(findings: readonly { params: PlanProblemParams }[]): Record<PlaceKind, Set<string>> {
  const wanted: Record<PlaceKind, Set<string>> = { building: new Set(), compound: new Set(), community: new Set(), grid: new Set(), beat: new Set() };
  for (const f of findings) {
    for (const [name, value] of Object.entries(f.params)) {
      const place = placeOf[name];
      if (!place) continue;
      for (const code of Array.isArray(value) ? value : [value]) if (typeof code === 'string') wanted[place].add(code);
    }
  }
  return wanted;
}

/**
 * Words findings (a plan's problems, or a publication's warnings) in `language`, naming each place by `names`
 * (findNamedPlaces' codes, named): a building by its compound and number, a grid by its name, a draft's new grid as
 * 新网格 N1, the way the planner's table shows it. A code that names nothing known (a building not in the area) stays
 * as it is: it is the planner's own input.
 */
export function wordPlanFindings<F extends { code: ApiMessageCode; params: PlanProblemParams }>(language: Language, findings: readonly F[], names: Record<PlaceKind, Map<string, string>>): (F & { message: string })[] {
  const nameOf = (place: PlaceKind, code: string) => {
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
