/**
 * The measures the product shows, each named and defined once (issue 12, item 1). The server computes the grid
 * measures in server/db/repos/measures.repo.ts, and the plain counts (grids, grid leaders, escalations) where the
 * view that shows them reads them; the interface's tooltips and the README's glossary are these words. Pure.
 */
import { FRESH_DAYS } from '../contracts/registry';
import { riskLevelFloor } from '../contracts/disputes';
import { DEFAULT_DOSAGE_SETTINGS } from '../dosage/types';

/** Incidents per grid (map, wall, grid page, summary) are counted over this many days up to now. */
export const INCIDENT_WINDOW_DAYS = 30;
/** Dispute states that are no longer open: 已化解, 已回访, 已结案. */
export const settledDisputeStatuses = ['resolved', 'visited', 'closed'] as const;
export { FRESH_DAYS };

export const measureKeys = [
  'residents', 'households', 'buildingsVerifiedShare', 'residentsVerifiedShare', 'overdueChecks',
  'grids', 'gridLeaders', 'policeGridLeaders',
  'openDisputes', 'highRiskDisputes', 'overdueDisputes', 'escalatedDisputes', 'maxOpenDisputeRisk',
  'incidents', 'incidentsPer1000', 'periodIncidentsPer1000', 'incidentsToday', 'incidentsChange',
  'grade', 'assessmentTotal', 'assessmentRank',
  'patrolVisits', 'patrolDwell', 'koperShare', 'longestVisitGap', 'presencePerDay', 'routeAdherence', 'afterVisitIncidents',
] as const;
export type MeasureKey = (typeof measureKeys)[number];

export interface MeasureWords {
  /** The figure's name as the interface shows it. */
  name: string;
  /** What it counts. */
  counts: string;
  /** Over which period (or "now"). */
  period: string;
}
export type GlossaryLanguage = 'zh-CN' | 'en';

const days = FRESH_DAYS;
const window = INCIDENT_WINDOW_DAYS;
const high = riskLevelFloor.high;
const dose = DEFAULT_DOSAGE_SETTINGS;

/** Each measure's words, Chinese and English. */
export const glossary: Record<MeasureKey, Record<GlossaryLanguage, MeasureWords>> = {
  residents: {
    'zh-CN': { name: '实有人口', counts: '登记在册、未迁出的居民人数，按其楼栋所在网格计', period: '当前' },
    en: { name: 'Residents', counts: 'people in the residents register who have not moved out, counted in the grid of their building', period: 'now' },
  },
  households: {
    'zh-CN': { name: '户数', counts: '网格内各楼栋登记户数之和', period: '当前' },
    en: { name: 'Households', counts: 'the sum of the households registered in the grid’s buildings', period: 'now' },
  },
  buildingsVerifiedShare: {
    'zh-CN': { name: '楼栋核验率', counts: `最近一次核验在 ${days} 天内的楼栋 ÷ 全部楼栋`, period: `近 ${days} 天` },
    en: { name: 'Buildings verified', counts: `buildings last verified within ${days} days ÷ all buildings`, period: `last ${days} days` },
  },
  residentsVerifiedShare: {
    'zh-CN': { name: '人员核验率', counts: `信息在 ${days} 天内核验过的实有人口 ÷ 实有人口`, period: `近 ${days} 天` },
    en: { name: 'Residents verified', counts: `residents whose record was verified within ${days} days ÷ residents`, period: `last ${days} days` },
  },
  overdueChecks: {
    'zh-CN': { name: '逾期未核查楼栋', counts: `${days} 天内没有核验过的楼栋数（全部楼栋 − 已核验楼栋）`, period: `近 ${days} 天` },
    en: { name: 'Buildings overdue for a check', counts: `buildings not verified within ${days} days (all buildings − verified ones)`, period: `last ${days} days` },
  },
  grids: {
    'zh-CN': { name: '网格数', counts: '已发布网格划分方案中、辖区内的网格个数', period: '当前' },
    en: { name: 'Grids', counts: 'grids of the published grid plan within the jurisdiction', period: 'now' },
  },
  gridLeaders: {
    'zh-CN': { name: '网格长', counts: '人员库中角色为网格长、所在网格在辖区内的人数', period: '当前' },
    en: { name: 'Grid leaders', counts: 'people registered as grid leader of a grid within the jurisdiction', period: 'now' },
  },
  policeGridLeaders: {
    'zh-CN': { name: '民警任网格长', counts: '网格长中由在编民警兼任的人数', period: '当前' },
    en: { name: 'Police officers as grid leaders', counts: 'grid leaders who are serving police officers', period: 'now' },
  },
  openDisputes: {
    'zh-CN': { name: '未结纠纷', counts: '状态不是已化解、已回访、已结案的矛盾纠纷', period: '当前' },
    en: { name: 'Open disputes', counts: 'disputes not resolved, visited after resolution, or closed', period: 'now' },
  },
  highRiskDisputes: {
    'zh-CN': { name: '高风险纠纷', counts: `未结纠纷中民转刑预警分 ≥ ${high} 的`, period: '当前' },
    en: { name: 'High-risk disputes', counts: `open disputes with an early-warning score of ${high} or more`, period: 'now' },
  },
  overdueDisputes: {
    'zh-CN': { name: '超期纠纷', counts: '未结案且已超过当前环节办理时限的纠纷（含化解后逾期未回访）', period: '当前' },
    en: { name: 'Overdue disputes', counts: 'disputes not closed and past the deadline of their current state (including a follow-up visit overdue)', period: 'now' },
  },
  escalatedDisputes: {
    // Named for where the disputes went, not "上报纠纷", which reads as "disputes reported" (registered) this week.
    'zh-CN': { name: '本周上报综治办', counts: '近 7 天登记、当前状态为“已上报综治办”的纠纷', period: '近 7 天（按登记时间）' },
    en: { name: 'Escalated to the governance office this week', counts: 'disputes registered in the last 7 days that are now escalated to the comprehensive-governance office', period: 'last 7 days, by registration' },
  },
  maxOpenDisputeRisk: {
    'zh-CN': { name: '纠纷风险', counts: '网格内未结纠纷的最高民转刑预警分（0–100），无未结纠纷为 0', period: '当前' },
    en: { name: 'Dispute risk', counts: 'the highest early-warning score (0–100) of the grid’s open disputes; 0 with none open', period: 'now' },
  },
  incidents: {
    'zh-CN': { name: '警情数', counts: '发生在该时段内的警情（不含未来时刻）', period: `近 ${window} 天（另注明者除外）` },
    en: { name: 'Incidents', counts: 'incidents that occurred in the period (none in the future)', period: `last ${window} days unless stated` },
  },
  incidentsPer1000: {
    'zh-CN': { name: '千人警情', counts: `近 ${window} 天警情数 ÷ 实有人口 × 1000`, period: `近 ${window} 天` },
    en: { name: 'Incidents per 1,000', counts: `incidents of the last ${window} days per 1,000 residents`, period: `last ${window} days` },
  },
  // 警情研判's rates table: the same ratio over the period the analyst chose, so a figure of its own, not 千人警情's 30 days.
  periodIncidentsPer1000: {
    'zh-CN': { name: '时段千人警情', counts: '所选时段内的警情数 ÷ 实有人口（现登记数）× 1000', period: '警情研判所选时段' },
    en: { name: 'Incidents per 1,000 in the period', counts: 'incidents in the chosen period per 1,000 residents (as registered now)', period: 'the period chosen in analysis' },
  },
  incidentsToday: {
    'zh-CN': { name: '今日警情', counts: '北京时间今日零点以来的警情；对比上周同日同一时刻之前的警情', period: '今日' },
    en: { name: 'Incidents today', counts: 'incidents since local midnight, against last week’s same day up to the same time', period: 'today' },
  },
  incidentsChange: {
    'zh-CN': { name: '警情环比', counts: '本期警情数相对上一等长时段的增减百分比；上期为零时不计算', period: '所选时段与其前一等长时段；本期未结束时（如含今天），两期都数到同一时刻' },
    en: { name: 'Incident change', counts: 'the change of the period’s incidents against the period of the same length before it; none when that was zero', period: 'the period and the one before it; while the period is not over (today included), both up to the same time' },
  },
  grade: {
    'zh-CN': { name: '考评等次', counts: '网格长双月考评的等次：好、较好、一般、差', period: '最近一期双月考评' },
    en: { name: 'Grade', counts: 'the grid leader’s bimonthly grade: good, fair, average, poor', period: 'the latest two-month round' },
  },
  assessmentTotal: {
    'zh-CN': { name: '考评得分', counts: '日常工作、矛盾化解、数据采集、群众评价四项各 0–25 分之和（满分 100）', period: '每期双月考评' },
    en: { name: 'Score', counts: 'the sum of four parts of 0–25 points: work, disputes, data, residents (out of 100)', period: 'each two-month round' },
  },
  assessmentRank: {
    'zh-CN': { name: '考评排名', counts: '同一期全区各网格按得分从高到低的名次；同分同名次，其后名次顺延（如 1、2、2、4）', period: '每期双月考评' },
    en: { name: 'Rank', counts: 'the place among all the district’s grids of the round by score, highest first; equal scores share a place and the next is skipped (1, 2, 2, 4)', period: 'each two-month round' },
  },
  patrolVisits: {
    'zh-CN': { name: '到访次数', counts: `民警或网格员进入热点方格或重点场所一次为一次到访：定位点进入范围即开始，直到定位点离开范围超过 ${dose.exitMarginM} 米或连续 ${dose.maxGapS} 秒无定位；无定位时以签到计一次（时长未知）`, period: '所选时段（可限每日时段）' },
    en: { name: 'Visits', counts: `a unit entering a hot-spot cell or key place: from a ping inside until pings lie more than ${dose.exitMarginM} m outside or stop for over ${dose.maxGapS} s; a check-in without pings is a visit of unknown length`, period: 'the period (optionally a daily window)' },
  },
  patrolDwell: {
    'zh-CN': { name: '停留时长', counts: `各次到访首末定位点之间的分钟数之和；只计连续定位（间隔不超过 ${dose.maxGapS} 秒），签到不计时长`, period: '所选时段' },
    en: { name: 'Dwell', counts: `the minutes from each visit's first ping to its last, summed; only over continuous pings (no gap over ${dose.maxGapS} s); check-ins add none`, period: 'the period' },
  },
  koperShare: {
    'zh-CN': { name: '有效停留占比', counts: `停留 ${dose.koperMinMin}–${dose.koperMaxMin} 分钟（Koper 区间）的定位到访 ÷ 有定位的到访`, period: '所选时段' },
    en: { name: 'Koper share', counts: `ping visits that dwelt ${dose.koperMinMin}–${dose.koperMaxMin} minutes (the Koper band) ÷ ping visits`, period: 'the period' },
  },
  longestVisitGap: {
    'zh-CN': { name: '最长间隔', counts: `同一班次（时段）内相邻两次到访之间的最长分钟数（多人同时在场算一段）；目标不超过 ${dose.targetGapMin} 分钟`, period: '每个班次' },
    en: { name: 'Longest gap', counts: `the longest minutes between two visits in one shift (units there together count as one stretch); the target is ${dose.targetGapMin} minutes at most`, period: 'each shift' },
  },
  presencePerDay: {
    'zh-CN': { name: '日均在场时长', counts: '至少一名民警或网格员在场的分钟数（同时在场只计一次）÷ 时段覆盖的天数', period: '所选时段，按北京时间日' },
    en: { name: 'Presence per day', counts: 'minutes with at least one unit present (together counted once) ÷ the days the period covers', period: 'the period, by local day' },
  },
  routeAdherence: {
    'zh-CN': { name: '路线执行', counts: '巡逻路线的计划必到点中：到达（定位进入半径或签到）、按时（到达时间在该点时间窗内）、漏巡（未到达）的个数', period: '一次巡逻' },
    en: { name: 'Route adherence', counts: 'the planned stops of a patrol route reached (a ping within the radius or a check-in), on time (within the stop’s window) and skipped', period: 'one patrol' },
  },
  afterVisitIncidents: {
    'zh-CN': { name: '巡后警情', counts: '到访开始至结束后 H 小时内各整点小时的警情率，对比同一钟点、同类日（工作日/周末）无到访小时的警情率，附小时数；只计已经结束的整点小时；仅为对比，不表明因果', period: '所选时段' },
    en: { name: 'Incidents after visits', counts: 'incidents per clock hour from a visit’s start to H hours after its end, against the hours of the same hour of day and weekday type without one, with the hours counted; only clock hours that have ended count; a comparison, not a causal effect', period: 'the period' },
  },
};

/** A measure's tooltip: its name, what it counts and over which period, in one line. */
export function describeMeasure(key: MeasureKey, language: GlossaryLanguage): string {
  const w = glossary[key][language];
  return language === 'en' ? `${w.name}: ${w.counts} (${w.period})` : `${w.name}：${w.counts}（${w.period}）`;
}

/** The README's glossary table (Chinese and English), one row a measure, in measureKeys order. */
export function glossaryMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = measureKeys.map((k) => {
    const zh = glossary[k]['zh-CN'];
    const en = glossary[k].en;
    return `| ${cell(zh.name)} / ${cell(en.name)} | ${cell(zh.counts)}<br>${cell(en.counts)} | ${cell(zh.period)} / ${cell(en.period)} |`;
  });
  return ['| 指标 / Measure | 计数 / What it counts | 时段 / Period |', '|---|---|---|', ...rows].join('\n');
}
