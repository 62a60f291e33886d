/**
 * Meeting minutes (联席会与谈心谈话) of the demo: one meeting record for each joint meeting and resident talk among the
 * work records, as POST /api/workforce/meetings writes a meeting with its work record. Without them the grid page
 * counted 12 joint meetings in 近 12 个月工作 and said 还没有会议记录 below it.
 */
import type { ActivityRow, MeetingRow } from './dataset';

/** What the meetings need to know about one grid: who attends. */
export interface MeetingGrid {
  code: string;
  communityCode: string;
  workerIds: string[];
  officerId: string; // the community officer of the grid's beat
}

const TOPICS = {
  joint_monthly: (month: number) => `${month}月网格联席会：通报警情与矛盾纠纷，核对实有人口变动`,
  quarterly_talk: (month: number) => `第${Math.ceil(month / 3)}季度谈心谈话`,
};
const MINUTES = {
  joint_monthly: '（演示数据）通报本月警情和矛盾纠纷化解情况，逐户核对实有人口变动，布置下月走访和法治宣传。',
  quarterly_talk: '（演示数据）网格长与网格员、社区民警逐一谈心，了解工作困难和群众诉求，记录需协调的事项。',
};

/**
 * The meetings of the demo's work records: a joint meeting (joint_meeting) becomes a joint_monthly meeting, a resident
 * talk (resident_talk) a quarterly_talk, held on the record's local date (records carry +08:00), attended by the
 * record's person (the grid leader), the grid's workers and its community officer. Other records make none. Pure.
 */
export function meetingsOfActivities(activities: readonly ActivityRow[], grids: readonly MeetingGrid[]): MeetingRow[] {
  const gridOf = new Map(grids.map((g) => [g.code, g]));
  const out: MeetingRow[] = [];
  for (const a of activities) {
    const kind = a.kind === 'joint_meeting' ? 'joint_monthly' : a.kind === 'resident_talk' ? 'quarterly_talk' : null;
    const g = gridOf.get(a.gridCode);
    if (!kind || !g) continue;
    const heldOn = a.occurredAt.slice(0, 10);
    out.push({
      kind,
      gridCode: a.gridCode,
      communityCode: g.communityCode,
      heldOn,
      topic: TOPICS[kind](Number(heldOn.slice(5, 7))),
      minutes: MINUTES[kind],
      attendance: [...new Set([a.personId, ...g.workerIds, g.officerId])],
    });
  }
  return out;
}
