// The human-readable lines `npm run hotspots` prints before its JSON line, in Chinese for the data staff who read them
// (the JSON line is for tools and keeps its English keys and method codes).
import { formatDayNumber, type CellGrid, type ForecastEvaluation } from '../../core/hotspots/index';
import type { ForecastRun } from './hotspots-forecast';

export interface ForecastSummaryInput {
  grid: CellGrid;
  cellSizeM: number;
  bandwidthM: number;
  out: string;
  trainWindow: [number, number];
  forecastWindow: [number, number];
  /** What was counted, in words: '警情' or ' BURGLARY 类警情' (spaced from the count before it). */
  what: string;
  train: { inside: number; outside: number };
  forecast: { inside: number; outside: number };
  run: ForecastRun;
  /** Gi* cells hot and cold at 99/95/90 %, as 'a/b/c'. */
  hot: string;
  cold: string;
}

const methodWords: Record<string, string> = {
  'prior-counts': '上期计数',
  kde: '核密度',
  'recency-blend': '近期加权邻域平滑',
  etas: '自激点过程 ETAS',
  stack: '集成',
  'recency-kde': '近期加权核密度',
};

const settingWords: Record<string, (v: number | null) => string> = {
  weight: (v) => `权重 ${v}`,
  bandwidthM: (v) => `带宽 ${v} 米`,
  halfLifeDays: (v) => `半衰期 ${v ?? '∞'} 天`,
  recentShare: (v) => `近期占比 ${v}`,
  nearDays: (v) => `近期 ${v} 天`,
  farDays: (v) => `远期 ${v} 天`,
  decayDays: (v) => `触发衰减 ${v} 天`,
  triggerSigmaCells: (v) => `触发 σ ${v} 格`,
  backgroundSigmaCells: (v) => `背景 σ ${v} 格`,
};

/** Settings in words; a stack's keys are 'part.setting', grouped by part: '核密度 权重 0.5，带宽 91.5 米；…'. */
function describeSettings(settings: Record<string, number | null>): string[] {
  const groups = new Map<string, string[]>();
  for (const [key, v] of Object.entries(settings)) {
    const dot = key.lastIndexOf('.');
    const part = key.slice(0, Math.max(dot, 0));
    const name = key.slice(dot + 1);
    groups.set(part, [...(groups.get(part) ?? []), settingWords[name]?.(v) ?? `${name} ${v}`]);
  }
  return [...groups].map(([part, words]) => `${part ? `${methodWords[part] ?? part} ` : ''}${words.join('，')}`);
}

export const describeWindow = ([from, to]: [number, number]) => `${formatDayNumber(from)}..${formatDayNumber(to)}`;
const figure = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const scored = (e: ForecastEvaluation) => `PAI ${figure(e.pai)}，PEI ${figure(e.pei)}，命中 ${e.hits} 起`;

/** The summary lines, in the order printed. */
export function describeForecastSummary(s: ForecastSummaryInput): string[] {
  const { grid, run } = s;
  const cellAreaKm2 = s.cellSizeM ** 2 / 1e6;
  const chosen = run.chosen.length;
  const frame = grid.frame;
  const lines = [
    `研究区：${grid.cells.length.toLocaleString('en')} 个 ${s.cellSizeM} 米单元，${(grid.cells.length * cellAreaKm2).toFixed(1)} km²，UTM ${frame.zone}${frame.south ? 'S' : 'N'} 带（EPSG:${frame.epsg}）`,
    `训练期 ${describeWindow(s.trainWindow)}：${s.train.inside} 起${s.what}（另有 ${s.train.outside} 起在研究区外）`,
    `预测期 ${describeWindow(s.forecastWindow)}：${s.forecast.inside} 起${s.what}（另有 ${s.forecast.outside} 起在研究区外）`,
    `选定：${chosen} 个单元，占研究区 ${((100 * chosen) / grid.cells.length).toFixed(2)} %（${(chosen * cellAreaKm2).toFixed(2)} km²）→ ${s.out}`,
  ];
  if (run.validation) {
    const v = run.validation;
    lines.push(`训练期内验证（${v.folds} 折）：所选方法 PAI ${figure(v.chosen.pai)}，上期计数 ${figure(v.priorCounts.pai)}，核密度 ${figure(v.kde.pai)}（带宽 ${v.kde.settings.bandwidthM} 米）`);
  }
  const settings = describeSettings(run.settings);
  lines.push(`预测方法 ${methodWords[run.method] ?? run.method}（${[run.method, ...settings].join('；')}）：${scored(run.result)}`);
  if (run.priorCounts) lines.push(`上期计数：${scored(run.priorCounts)}`);
  if (run.tunedKde) lines.push(`验证所得带宽的核密度：${scored(run.tunedKde)}`);
  lines.push(`核密度基线（带宽 ${s.bandwidthM} 米）：${scored(run.baseline)}`);
  lines.push(`训练期计数的 Gi*（FDR），99/95/90 % 热点单元：${s.hot}，冷点单元：${s.cold}`);
  return lines;
}
