import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { consoleIo, type CliIo } from './cli-io';
import {
  buildAdjacency,
  dissolveDistricts,
  parseAdjacencyCsv,
  redistrict,
  RedistrictInputError,
  unitsFromGeojson,
  type AdjacencyPair,
  type RedistrictTarget,
} from '../../core/redistrict/index';

// `npm run redistrict -- --units units.geojson --id FIELD --pop FIELD (--k N | --band MIN,MAX) [--tolerance 0.02]
//   [--adjacency pairs.csv] [--seed S] [--steps N] [--seconds S] [--out assignment.geojson] [--grids-out grids.geojson]`
// (issue 5, part 2; issue 17). Polygon units get rook adjacency from shared boundaries; point units need --adjacency
// (CSV of id pairs). --steps and --seconds budget the compactness phase (default 100 proposals a grid, no time
// limit). The last stdout line is one JSON object {units, grids, maxDeviationPct, contiguous, minPolsbyPopper,
// meanPolsbyPopper, cutEdges, cutEdgesBeforeCompactness, compactnessSteps, seconds, phaseSeconds: {read, adjacency,
// partition, balance, compactness, measure}}. Exit codes: 0 a plan within the target, 1 a plan outside it (written anyway) or an unexpected
// failure, 2 bad input (one message on stderr naming the problem, never a stack trace).

class UsageError extends Error {}

const usage = `用法（usage）：npm run redistrict -- --units 单元.geojson --id 编号字段 --pop 户数字段 (--k 网格数 | --band 下限,上限)
  [--tolerance 0.02] [--adjacency 邻接对.csv] [--seed 1] [--steps 步数] [--seconds 秒数] [--out 单元归属.geojson]
  [--grids-out 网格.geojson]
  --k 划为几个网格，各网格户数与平均相差不超过 --tolerance；--band 每个网格户数须在区间内（含端点）。
  --steps / --seconds 限定紧凑化阶段的步数或时间（默认每个网格 100 步，不限时）。
  最后一行输出为 JSON：网格数、最大偏差、切边数、Polsby-Popper 最小/平均值及各阶段用时。
  退出码：0 达标；1 未达标（仍写出文件）或意外失败；2 输入有误。`;

function readOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        units: { type: 'string' },
        id: { type: 'string' },
        pop: { type: 'string' },
        k: { type: 'string' },
        band: { type: 'string' },
        tolerance: { type: 'string', default: '0.02' },
        adjacency: { type: 'string' },
        seed: { type: 'string', default: '1' },
        steps: { type: 'string' },
        seconds: { type: 'string' },
        out: { type: 'string' },
        'grids-out': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(`参数有误：${err instanceof Error ? err.message : String(err)}（bad arguments）`);
  }
  for (const name of ['units', 'id', 'pop'] as const) if (!values[name]) throw new UsageError(`缺少 --${name}（--${name} is required）`);
  if ((values.k === undefined) === (values.band === undefined)) throw new UsageError('--k（网格数）与 --band（户数区间）须给且只给一个（give exactly one of --k N or --band MIN,MAX）');
  let target: RedistrictTarget;
  if (values.k !== undefined) {
    const k = Number(values.k);
    if (!Number.isInteger(k) || k < 1) throw new UsageError(`--k 须为正整数，收到 "${values.k}"（--k must be a positive integer）`);
    target = { k };
  } else {
    const band = values.band!.split(',').map(Number);
    if (band.length !== 2 || !band.every(Number.isFinite) || band[0] <= 0 || band[0] > band[1]) {
      throw new UsageError(`--band 须为 下限,上限 且 0 < 下限 ≤ 上限，收到 "${values.band}"（--band must be MIN,MAX with 0 < MIN ≤ MAX）`);
    }
    target = { band: [band[0], band[1]] };
  }
  const tolerance = Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError(`--tolerance 须为 ≥ 0 的数，收到 "${values.tolerance}"（--tolerance must be a number ≥ 0）`);
  const seed = Number(values.seed);
  if (!Number.isFinite(seed)) throw new UsageError(`--seed 须为数字，收到 "${values.seed}"（--seed must be a number）`);
  let steps: number | undefined;
  if (values.steps !== undefined) {
    steps = Number(values.steps);
    if (!Number.isInteger(steps) || steps < 0) throw new UsageError(`--steps 须为 ≥ 0 的整数，收到 "${values.steps}"（--steps must be a whole number ≥ 0）`);
  }
  let seconds: number | undefined;
  if (values.seconds !== undefined) {
    seconds = Number(values.seconds);
    if (values.seconds.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--seconds 须为 ≥ 0 的数，收到 "${values.seconds}"（--seconds must be a number ≥ 0）`);
  }
  return { ...values, units: values.units!, id: values.id!, pop: values.pop!, target, tolerance, seed, steps, seconds, gridsOut: values['grids-out'] };
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`找不到${what === 'units' ? '单元' : '邻接'}文件：${path}（${what} file not found）`);
  return readFileSync(path, 'utf8');
}

function readJson(path: string): unknown {
  const text = readText(path, 'units');
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`不是 GeoJSON：${path} 不是有效的 JSON（not GeoJSON: not valid JSON）`);
  }
}

function run(argv: string[], io: CliIo): number {
  const started = performance.now();
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const options = readOptions(argv);
  const geojson = readJson(options.units);
  const units = unitsFromGeojson(geojson, { id: options.id, weight: options.pop });
  const readSeconds = (performance.now() - started) / 1000;
  const hasPolygons = units.some((u) => u.geometry.type !== 'Point');
  let adjacency: AdjacencyPair[];
  if (options.adjacency) {
    const given = parseAdjacencyCsv(readText(options.adjacency, 'adjacency'), new Set(units.map((u) => u.id)));
    // Lengths of shared boundaries (for Polsby-Popper) still come from the polygons when there are any.
    const lengths = new Map((hasPolygons ? buildAdjacency(units) : []).map((p) => [`${p.a}\n${p.b}`, p.sharedLengthM]));
    adjacency = given.map((p) => ({ ...p, sharedLengthM: lengths.get(`${p.a}\n${p.b}`) ?? lengths.get(`${p.b}\n${p.a}`) ?? 0 }));
  } else if (hasPolygons) {
    adjacency = buildAdjacency(units);
  } else {
    throw new UsageError('单元是点，须用 --adjacency 邻接对.csv 给出邻接（the units are points: give their adjacency with --adjacency pairs.csv）');
  }
  const adjacencySeconds = (performance.now() - started) / 1000 - readSeconds;
  const degree = new Map(units.map((u) => [u.id, 0]));
  for (const p of adjacency) {
    degree.set(p.a, degree.get(p.a)! + 1);
    degree.set(p.b, degree.get(p.b)! + 1);
  }
  const lonely = [...degree].filter(([, d]) => d === 0).map(([id]) => id);
  if (lonely.length > 0 && units.length > 1) {
    const more = lonely.length > 5 ? ` 等（and ${lonely.length - 5} more）` : '';
    throw new UsageError(`${lonely.length} 个单元没有相邻单元：${lonely.slice(0, 5).join(', ')}${more}（unit(s) with no neighbour）`);
  }
  const plan = redistrict(units, adjacency, options.target, {
    tolerance: options.tolerance,
    seed: options.seed,
    steps: options.steps,
    seconds: options.seconds,
  });
  if (options.out) {
    const features = (geojson as { features: { properties?: Record<string, unknown> }[] }).features.map((f, i) => ({
      ...f,
      properties: { ...(f.properties ?? {}), district: plan.assignment.get(units[i].id)! + 1 },
    }));
    writeFileSync(options.out, JSON.stringify({ type: 'FeatureCollection', features }));
  }
  if (options.gridsOut) {
    const shapes = dissolveDistricts(units, adjacency, plan.assignment);
    const features = plan.districts
      .filter((d) => shapes.has(d.district))
      .map((d) => ({
        type: 'Feature',
        properties: { district: d.district + 1, units: d.units, weight: d.weight, deviationPct: d.deviationPct, contiguous: d.contiguous, polsbyPopper: d.polsbyPopper },
        geometry: shapes.get(d.district),
      }));
    writeFileSync(options.gridsOut, JSON.stringify({ type: 'FeatureCollection', features }));
  }
  for (const d of plan.districts) {
    const pp = d.polsbyPopper === null ? '' : `  PP ${d.polsbyPopper.toFixed(3)}`;
    io.out(`网格 ${d.district + 1}：${d.units} 个单元，权重 ${d.weight}（偏差 ${d.deviationPct.toFixed(3)}%）${d.contiguous ? '' : ' 不连通'}${pp}`);
  }
  if (!plan.withinTarget) io.err('redistrict: 注意：方案未达到目标（偏差或户数区间）（warning: the plan is not within the target）');
  const round = (v: number | null, digits: number) => (v === null ? null : +v.toFixed(digits));
  io.out(JSON.stringify({
    units: units.length,
    grids: plan.districts.length,
    maxDeviationPct: round(plan.maxDeviationPct, 4),
    contiguous: plan.contiguous,
    minPolsbyPopper: round(plan.minPolsbyPopper, 4),
    meanPolsbyPopper: round(plan.meanPolsbyPopper, 4),
    cutEdges: plan.cutEdges,
    cutEdgesBeforeCompactness: plan.phases.cutEdgesBeforeCompactness,
    compactnessSteps: plan.phases.compactnessSteps,
    seconds: round((performance.now() - started) / 1000, 3),
    phaseSeconds: {
      read: round(readSeconds, 4),
      adjacency: round(adjacencySeconds, 4),
      partition: round(plan.phases.partitionSeconds, 4),
      balance: round(plan.phases.balanceSeconds, 4),
      compactness: round(plan.phases.compactnessSeconds, 4),
      measure: round(plan.phases.measureSeconds, 4),
    },
  }));
  return plan.withinTarget ? 0 : 1;
}

/** Runs the tool on its arguments; answers the exit code (2: the input or the flags are wrong). */
export function main(argv: string[], io: CliIo = consoleIo): number {
  try {
    return run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof RedistrictInputError) {
      // Core's input errors name the unit or field in English; the Chinese words say what kind of problem it is.
      io.err(`redistrict: ${err instanceof RedistrictInputError ? `输入数据有误（invalid input）：${err.message}` : err.message}`);
      return 2;
    }
    io.err(`redistrict: 意外失败（unexpected failure）：${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
