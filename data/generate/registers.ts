/**
 * The registers behind the map: disputes (矛盾纠纷) found and mediated in the grids, and the two-monthly
 * grading of grid leaders (双月考评). Texts are demo and carry no personal data.
 */
import type { AssessmentRow, DisputeRow, DisputeStatus, DisputeType, Grade } from './dataset';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatLocalMinute, localFields, localInstant, startOfLocalDay } from '../../core/time';
import { roundPosition } from './planar';
import { apportion, createWeightedSampler, type Rng } from './prng';
import { pointInCell, type UrbanMesh } from './urban-mesh';

const TYPES: [DisputeType, number][] = [['neighbour', 30], ['family', 22], ['property', 15], ['labour', 10], ['debt', 10], ['contract', 6], ['other', 7]];

const SUMMARIES: Record<DisputeType, string[]> = {
  neighbour: ['楼上住户漏水引发邻里矛盾', '公共楼道堆放杂物引发纠纷', '饲养宠物噪音扰邻', '车位占用引发邻里争执', '装修噪音引发邻里纠纷'],
  family: ['赡养老人费用分担纠纷', '夫妻感情不和引发争吵', '房产继承家庭内部纠纷', '子女抚养问题家庭矛盾'],
  property: ['物业服务收费纠纷', '小区停车管理纠纷', '电梯维修费用分摊纠纷', '房屋租赁押金纠纷'],
  labour: ['工程款拖欠引发劳资纠纷', '务工人员工资拖欠纠纷', '工伤赔偿协商纠纷'],
  debt: ['民间借贷还款纠纷', '合伙经营欠款纠纷'],
  contract: ['装修合同履行纠纷', '商铺租赁合同纠纷', '购车合同退款纠纷'],
  other: ['宅基地边界纠纷', '消费退赔纠纷', '道路通行纠纷'],
};

const SOURCES: [DisputeRow['source'], number][] = [['grid_worker', 40], ['resident', 30], ['patrol', 15], ['110', 15]];

/** What dispute generation needs from the city: where people live and which grid a block is in. */
export interface DisputeContext {
  mesh: UrbanMesh;
  anchorMs: number;
  residentsOfCell: readonly number[];
  gridCodeOfCell: (cellId: number) => string;
}

/** Status by age: recent disputes are still open; most older ones are resolved, revisited and closed. */
function statusByAge(ageDays: number, rng: Rng): DisputeStatus {
  const table: [DisputeStatus, number][] =
    ageDays < 15 ? [['registered', 35], ['assessed', 30], ['mediating', 30], ['referred', 5]]
      : ageDays < 60 ? [['mediating', 25], ['resolved', 35], ['visited', 15], ['referred', 10], ['assessed', 10], ['escalated', 5]]
        : [['closed', 45], ['visited', 25], ['resolved', 20], ['referred', 5], ['escalated', 5]];
  return table[rng.weighted(table.map(([, w]) => w))][0];
}

/** About `count` disputes over the year before the anchor, where people live, registered in office hours. */
export function generateDisputes(ctx: DisputeContext, count: number, rng: Rng): DisputeRow[] {
  const pickCell = createWeightedSampler(ctx.residentsOfCell);
  const rows = Array.from({ length: count }, () => {
    const ageDays = rng.range(0.2, 364);
    const registered = startOfLocalDay(ctx.anchorMs - ageDays * DAY_MS) + rng.range(8.5, 18) * HOUR_MS;
    const registeredMs = Math.min(registered, ctx.anchorMs - 2 * MINUTE_MS);
    const type = TYPES[rng.weighted(TYPES.map(([, w]) => w))][0];
    const status = statusByAge(ageDays, rng);
    const done = status === 'resolved' || status === 'visited' || status === 'closed';
    const resolvedMs = done ? Math.min(registeredMs + rng.range(0.5, Math.min(30, ageDays)) * DAY_MS, ctx.anchorMs - MINUTE_MS) : null;
    const cellId = pickCell(rng);
    return {
      ms: registeredMs,
      row: {
        type, status,
        source: SOURCES[rng.weighted(SOURCES.map(([, w]) => w))][0],
        registeredAt: formatLocalMinute(registeredMs),
        resolvedAt: resolvedMs === null ? null : formatLocalMinute(Math.max(resolvedMs, registeredMs + MINUTE_MS)),
        gridCode: ctx.gridCodeOfCell(cellId),
        summary: `${rng.pick(SUMMARIES[type])}（演示）`,
        geom: { type: 'Point' as const, coordinates: roundPosition(pointInCell(ctx.mesh, cellId, rng.range(0.15, 0.85), rng.range(0.15, 0.85)), 6) },
      },
    };
  });
  rows.sort((a, b) => a.ms - b.ms);
  return rows.map(({ row }, i) => ({ code: `MD${String(i + 1).padStart(4, '0')}`, ...row }));
}

const GRADES: Grade[] = ['good', 'fair', 'average', 'poor'];
const GRADE_SHARES = [40, 35, 20, 5];

/**
 * The last `rounds` completed two-month rounds before the anchor (Jan/Feb, Mar/Apr, …), labelled like
 * '2026-09/10', oldest first.
 */
export function lastCompletedRounds(anchorMs: number, rounds: number): string[] {
  const { year, month } = localFields(anchorMs);
  let start = localInstant(year, month - ((month - 1) % 2), 1); // start of the round in progress
  const out: string[] = [];
  for (let k = 0; k < rounds; k++) {
    start = localInstant(localFields(start).year, localFields(start).month - 2, 1);
    const { year: y, month: m } = localFields(start);
    out.unshift(`${y}-${String(m).padStart(2, '0')}/${String(m + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * Grades every grid leader in each round with exactly the quotas 40/35/20/5 % (largest remainder), and scores it
 * in its grade's band (GRADE_BANDS) in four parts. A leader's standing persists between rounds (a latent score plus
 * noise), as real assessments do.
 */
export function generateAssessments(leaders: readonly { gridCode: string; leaderId: string }[], anchorMs: number, rng: Rng, rounds = 6): AssessmentRow[] {
  const quotas = apportion(leaders.length, GRADE_SHARES);
  const latent = leaders.map(() => rng.normal());
  return lastCompletedRounds(anchorMs, rounds).flatMap((round) => {
    const order = leaders.map((_, k) => ({ k, score: latent[k] + 0.8 * rng.normal() })).sort((a, b) => b.score - a.score || a.k - b.k);
    const grade = new Array<Grade>(leaders.length);
    let at = 0;
    quotas.forEach((q, g) => {
      for (let i = 0; i < q; i++) grade[order[at++].k] = GRADES[g];
    });
    const total = new Array<number>(leaders.length);
    at = 0;
    quotas.forEach((q, g) => {
      for (let i = 0; i < q; i++) total[order[at++].k] = scoreInBand(GRADE_BANDS[g], i, q);
    });
    return leaders.map((l, k) => ({ gridCode: l.gridCode, leaderId: l.leaderId, round, grade: grade[k], total: total[k], scores: splitScore(total[k], k) }));
  });
}

// The score bands of the grades (out of 100): a better grade always has a higher score, and within a grade the
// score falls with the standing, so equal scores (which share a rank) happen only within a grade.
const GRADE_BANDS: [number, number][] = [[100, 85], [84, 75], [74, 60], [59, 40]];

/** The score of the i-th of q leaders of a grade, from the top of its band to the bottom. */
function scoreInBand([top, bottom]: [number, number], i: number, q: number): number {
  return q <= 1 ? top : top - Math.round((i * (top - bottom)) / (q - 1));
}

/** A total as the four parts of 0–25 it is the sum of (work, disputes, data, residents), varied by leader. */
function splitScore(total: number, k: number): AssessmentRow['scores'] {
  const parts = [0, 1, 2, 3].map((j) => Math.floor(total / 4) + (j < total % 4 ? 1 : 0));
  // Move up to two points from one part to another where both stay within 0–25: the parts differ, the sum does not.
  const [from, to, move] = [k % 4, (k + 1 + (k >> 2)) % 4, k % 3];
  if (from !== to && parts[from] - move >= 0 && parts[to] + move <= 25) {
    parts[from] -= move;
    parts[to] += move;
  }
  const [work, disputes, data, residents] = parts;
  return { work, disputes, data, residents };
}
