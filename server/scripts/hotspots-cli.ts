import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { consoleIo, type CliIo } from './cli-io';
import { pickShiftIncidents, type Shift } from '../../core/hotspots/forecast/index';
import { forecastAndEvaluate, type CliModel } from './hotspots-forecast';
import { describeForecastSummary, describeWindow } from './hotspots-summary';
import {
  DEFAULT_CELL_SIZE_M,
  areaFromGeojson,
  buildCellGrid,
  classifyHotspots,
  computeGiStar,
  countPointsPerCell,
  createUtmFrame,
  HotspotInputError,
  parseDayNumber,
  parseIncidentCsv,
  type CellGrid,
  type IncidentColumns,
} from '../../core/hotspots/index';

// `npm run hotspots -- --input calls.csv --lon lon --lat lat --time occ_date [--category-field category --category X]
//   --train-from D --train-to D --forecast-from D --forecast-to D [--cell 150] [--coverage 0.01] [--area area.geojson]
//   [--model validated|recency-kde] [--shift 19:00-23:00 [--shift-weekdays 1,2,3,4,5]] [--bandwidth M]
//   [--half-life-days N] --out forecast.geojson` (`--help` or `-h`: the usage, in Chinese first)
// Forecasts the cells most likely to hold incidents in the forecast window. --model validated (the default, issue 17)
// chooses among prior counts, KDE, a recency-weighted neighbourhood blend, a self-exciting point process (ETAS) and
// stacks of them by rolling-origin validation inside the training window (the forecast window takes no part) and
// forecasts with the winner; --model recency-kde is the
// forecast of issue 6 (recency-weighted kernel density, --bandwidth and --half-life-days). The baseline is plain kernel
// density at --bandwidth either way. --shift keeps only incidents whose clock time (as written in the file) falls in
// that window on --shift-weekdays (ISO 1 Mon … 7 Sun, default all; a window past midnight belongs to the day it
// began), for a shift's forecast; a file of dates without times is refused. Writes the chosen cells (the top cells
// covering --coverage of the study area) as GeoJSON polygons; when the file holds incidents in the forecast window,
// reports PAI and PEI. The last stdout line is one JSON object {cells (the chosen cells), cellSizeM, coverage, areaKm2
// (the whole study area), method, methodName (in words, Chinese first), settings, pai, pei, baselinePai, baselinePei, priorCountsPai, priorCountsPei,
// kdePai, kdePei (KDE at the validated bandwidth), validation (the chosen model's and the baselines' mean PAI/PEI
// over the folds inside the training window, as the API's meta.selection), shift, trainIncidents, forecastIncidents
// (both inside the study area), seconds}; scores on the forecast window are null with no window incident, and the
// prior-counts, kde and validation fields null with --model recency-kde.
// Windows are inclusive dates (YYYY-MM-DD); the CSV's time column may hold dates or ISO timestamps (clock as written).
// recency-kde defaults: bandwidth = half the cell side and half-life 28 days, chosen on the Portland calls (183 m
// cells, 1 % coverage) by training on 2016-08-01..17 and scoring 08-18..24.
// Bad rows (unparseable date, coordinates missing, out of range or 0,0) are listed by line (the first 10) with their
// count: skipped with a warning when they are at most 1 % of the rows looked at (a few broken records should not stop a
// weekly forecast), fatal above that (then the columns or the file are likely wrong, and a forecast would mislead).
// Exit codes: 0 done, 2 bad input (one message on stderr, never a stack trace), 1 an unexpected failure.

class UsageError extends Error {}

const usage = `用法（usage）：npm run hotspots -- --input 警情.csv --lon 经度列 --lat 纬度列 --time 日期列
  [--category-field category --category 类别] --train-from 日期 --train-to 日期 --forecast-from 日期 --forecast-to 日期
  [--cell 150] [--coverage 0.01] [--area 研究区.geojson] [--model validated|recency-kde]
  [--shift 19:00-23:00 [--shift-weekdays 1,2,3,4,5]] [--bandwidth 米] [--half-life-days 天] --out 预测.geojson
  日期均为 YYYY-MM-DD，含首尾两天；预测期须在训练期结束之后开始。
  --model validated（默认）在训练期内滚动验证选出预测方法；recency-kde 为近期加权核密度（--bandwidth、--half-life-days）。
  --coverage 选出的单元占研究区面积的比例；无 --area 时以训练期警情的外接矩形为研究区。
  --shift 只用时钟时间落在该时段、星期在 --shift-weekdays（1 周一 … 7 周日）内的警情。
  日期或坐标无法解析的行不超过 1 % 时跳过并提示，超过则停止。
  最后一行输出为 JSON：所选单元数、方法、PAI/PEI 及各基线的 PAI/PEI、验证结果、警情数与用时。
  退出码：0 完成；2 输入有误；1 意外失败。`;

const maxBadShare = 0.01;
const defaultHalfLifeDays = 28;

function readOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        input: { type: 'string' },
        lon: { type: 'string' },
        lat: { type: 'string' },
        time: { type: 'string' },
        'category-field': { type: 'string', default: 'category' },
        category: { type: 'string' },
        'train-from': { type: 'string' },
        'train-to': { type: 'string' },
        'forecast-from': { type: 'string' },
        'forecast-to': { type: 'string' },
        cell: { type: 'string', default: String(DEFAULT_CELL_SIZE_M) },
        coverage: { type: 'string', default: '0.01' },
        area: { type: 'string' },
        bandwidth: { type: 'string' },
        'half-life-days': { type: 'string', default: String(defaultHalfLifeDays) },
        model: { type: 'string', default: 'validated' },
        shift: { type: 'string' },
        'shift-weekdays': { type: 'string', default: '1,2,3,4,5,6,7' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(`参数有误：${err instanceof Error ? err.message : String(err)}（bad arguments）`);
  }
  const required = ['input', 'lon', 'lat', 'time', 'train-from', 'train-to', 'forecast-from', 'forecast-to', 'out'] as const;
  const absent = required.filter((name) => !values[name]);
  if (absent.length > 0) {
    const flags = absent.map((name) => `--${name}`).join(', ');
    throw new UsageError(`缺少 ${flags}（missing ${flags}）`);
  }
  const day = (name: 'train-from' | 'train-to' | 'forecast-from' | 'forecast-to') => {
    const text = values[name]!;
    const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDayNumber(text) : null;
    if (d === null) throw new UsageError(`--${name} 须为日期 YYYY-MM-DD，收到 "${text}"（--${name} must be a date YYYY-MM-DD）`);
    return d;
  };
  const [trainFrom, trainTo, forecastFrom, forecastTo] = [day('train-from'), day('train-to'), day('forecast-from'), day('forecast-to')];
  if (trainFrom > trainTo) throw new UsageError('--train-from 晚于 --train-to（--train-from is after --train-to）');
  if (forecastFrom > forecastTo) throw new UsageError('--forecast-from 晚于 --forecast-to（--forecast-from is after --forecast-to）');
  if (forecastFrom <= trainTo) throw new UsageError('预测期须在训练期结束之后开始（the forecast window must start after the training window ends）');
  const number = (name: 'cell' | 'coverage' | 'bandwidth' | 'half-life-days', ok: (v: number) => boolean, [ruleZh, rule]: [string, string]) => {
    const v = Number(values[name]);
    if (!Number.isFinite(v) || !ok(v)) throw new UsageError(`--${name} 须为${ruleZh}，收到 "${values[name]}"（--${name} must be ${rule}）`);
    return v;
  };
  const metres: [string, string] = ['正数（米）', 'a positive number of metres'];
  const cellSizeM = number('cell', (v) => v > 0, metres);
  const model = values.model as CliModel;
  if (model !== 'validated' && model !== 'recency-kde') throw new UsageError(`--model 须为 validated 或 recency-kde，收到 "${values.model}"（--model must be validated or recency-kde）`);
  return {
    model,
    shift: readShift(values.shift, values['shift-weekdays']!),
    input: values.input!,
    columns: { lon: values.lon!, lat: values.lat!, time: values.time!, categoryField: values['category-field'], category: values.category },
    trainFrom,
    trainTo,
    forecastFrom,
    forecastTo,
    cellSizeM,
    coverage: number('coverage', (v) => v > 0 && v <= 1, ['研究区面积的比例，在 (0, 1] 内', 'a share of the study area in (0, 1]']),
    area: values.area,
    bandwidthM: values.bandwidth === undefined ? cellSizeM / 2 : number('bandwidth', (v) => v > 0, metres),
    halfLifeDays: number('half-life-days', (v) => v > 0, ['正数（天）', 'a positive number of days']),
    out: values.out!,
  };
}

/** --shift HH:MM-HH:MM and --shift-weekdays 1,2,…: the shift, or null without --shift. */
function readShift(text: string | undefined, weekdaysText: string): (Shift & { text: string }) | null {
  if (text === undefined) return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new UsageError(`--shift 须为 HH:MM-HH:MM，收到 "${text}"（--shift must be HH:MM-HH:MM）`);
  const startMin = Number(m[1]) * 60 + Number(m[2]);
  const durationMin = (Number(m[3]) * 60 + Number(m[4]) - startMin + 1440) % 1440;
  if (durationMin === 0) throw new UsageError(`--shift 的结束时间须与开始时间不同，收到 "${text}"（--shift must end at another time than it starts）`);
  const weekdays = weekdaysText.split(',').map(Number);
  if (weekdays.some((d) => !(Number.isInteger(d) && d >= 1 && d <= 7)) || new Set(weekdays).size !== weekdays.length) {
    throw new UsageError(`--shift-weekdays 须为互不相同的星期 1（周一）… 7（周日），收到 "${weekdaysText}"（--shift-weekdays must be distinct ISO weekdays 1 (Mon) … 7 (Sun)）`);
  }
  return { text, startMin, durationMin, weekdays };
}

function readText(path: string, what: 'input' | 'area'): string {
  if (!existsSync(path)) throw new UsageError(`找不到${what === 'input' ? '输入' : '研究区'}文件：${path}（${what} file not found）`);
  return readFileSync(path, 'utf8');
}

function readIncidents(options: Options, io: CliIo) {
  const ranges: [number, number][] = [[options.trainFrom, options.trainTo + 1], [options.forecastFrom, options.forecastTo + 1]];
  const parsed = parseIncidentCsv(readText(options.input, 'input'), { ...options.columns, dayRanges: ranges });
  if (parsed.bad.length > 0) {
    const lines = parsed.bad.slice(0, 10).map((b) => `第 ${b.line} 行（${reasonInChinese(b.reason)}）`).join('，');
    const more = parsed.bad.length > 10 ? '，…' : '';
    const counted = `${parsed.considered} 行中有 ${parsed.bad.length} 行日期或坐标无法解析：${lines}${more}`;
    const english = `${parsed.bad.length} of ${parsed.considered} rows`;
    if (parsed.bad.length > maxBadShare * parsed.considered) {
      throw new UsageError(`${counted}；有误的行超过 ${maxBadShare * 100} %，请检查 --time/--lon/--lat（${english} have an unparseable date or coordinates: more than ${maxBadShare * 100} % of the rows are bad）`);
    }
    io.err(`hotspots: 注意：已跳过 ${counted}（warning: skipped ${english} with an unparseable date or coordinates）`);
  }
  const source = options.shift ? pickShiftIncidents(parsed, options.shift) : parsed;
  const pick = (from: number, to: number): IncidentColumns => {
    const keep = [...source.day.keys()].filter((i) => source.day[i] >= from && source.day[i] < to + 1);
    return { lng: Float64Array.from(keep, (i) => source.lng[i]), lat: Float64Array.from(keep, (i) => source.lat[i]), day: Float64Array.from(keep, (i) => source.day[i]) };
  };
  return { train: pick(options.trainFrom, options.trainTo), forecast: pick(options.forecastFrom, options.forecastTo) };
}

/** Core names a bad row's field in English (`date "…"`, `coordinates "…", "…"`); the values stay as written. */
function reasonInChinese(reason: string): string {
  return reason.replace(/^date /, '日期 ').replace(/^coordinates /, '坐标 ');
}

function buildStudyArea(options: Options, train: IncidentColumns): CellGrid {
  if (options.area) {
    let geojson: unknown;
    try {
      geojson = JSON.parse(readText(options.area, 'area'));
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`不是 GeoJSON：${options.area} 不是有效的 JSON（not GeoJSON: not valid JSON）`);
    }
    return buildCellGrid({ area: areaFromGeojson(geojson), cellSizeM: options.cellSizeM });
  }
  const lngs = [...train.lng];
  const lats = [...train.lat];
  const frame = createUtmFrame([(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]);
  const xy = lngs.map((lng, i) => frame.toXY([lng, lats[i]]));
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  return buildCellGrid({ bboxXY: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], frame, cellSizeM: options.cellSizeM });
}

/** The incidents that fall in a cell, and how many did not. */
function keepInside(incidents: IncidentColumns, grid: CellGrid) {
  const { counts, cellOfPoint, outside } = countPointsPerCell(incidents, grid);
  const keep = [...cellOfPoint.keys()].filter((i) => cellOfPoint[i] >= 0);
  const inside = { lng: Float64Array.from(keep, (i) => incidents.lng[i]), lat: Float64Array.from(keep, (i) => incidents.lat[i]), day: Float64Array.from(keep, (i) => incidents.day[i]) };
  return { inside, counts, outside };
}

type Options = ReturnType<typeof readOptions>;

function writeChosenCells(options: Options, method: string, grid: CellGrid, scores: Float64Array, chosen: Int32Array, counts: Int32Array | null) {
  const features = [...chosen].map((cell, k) => ({
    type: 'Feature',
    properties: {
      rank: k + 1,
      // Per km² for KDE, weighted incidents for counts and the blend: only the ranking is comparable across methods.
      score: +(method === 'kde' || method === 'recency-kde' ? scores[cell] * 1e6 : scores[cell]).toPrecision(6),
      row: grid.row[cell],
      col: grid.col[cell],
      ...(counts ? { count: counts[cell] } : {}),
    },
    geometry: { type: 'Polygon', coordinates: [grid.cells[cell].polygon.map(([x, y]) => [+x.toFixed(7), +y.toFixed(7)])] },
  }));
  try {
    writeFileSync(options.out, JSON.stringify({ type: 'FeatureCollection', method, cellSizeM: options.cellSizeM, features }));
  } catch (err) {
    throw new UsageError(`无法写入 --out ${options.out}：${err instanceof Error ? err.message : err}（cannot write --out）`);
  }
}

function run(argv: string[], io: CliIo): number {
  const started = performance.now();
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(usage);
    return 0;
  }
  const options = readOptions(argv);
  const { train, forecast } = readIncidents(options, io);
  const category = options.columns.category;
  // A category name is Latin text: spaced from the Chinese around it ('没有 ARSON 类警情').
  const what = category === undefined ? { zh: '警情', en: 'incidents' } : { zh: ` ${category} 类警情`, en: `${category} incidents` };
  const trainWindow = describeWindow([options.trainFrom, options.trainTo]);
  if (train.day.length === 0) throw new UsageError(`训练期 ${trainWindow} 内没有${what.zh}（no ${what.en} in the training window ${trainWindow}）`);
  const grid = buildStudyArea(options, train);
  const training = keepInside(train, grid);
  if (training.inside.day.length === 0) throw new UsageError(`训练期的${what.zh}没有一起在研究区内（no ${what.en} of the training window lie in the study area）`);
  const actual = keepInside(forecast, grid);
  const forecastIncidents = actual.inside.day.length;
  const run = forecastAndEvaluate(options, grid, training.inside, actual.counts);
  const { chosen, result, baseline } = run;
  writeChosenCells(options, run.method, grid, run.scores, chosen, forecastIncidents > 0 ? actual.counts : null);

  const cellAreaKm2 = options.cellSizeM ** 2 / 1e6;
  const areaKm2 = grid.cells.length * cellAreaKm2;
  const gi = computeGiStar(grid, training.counts);
  const classes = classifyHotspots(gi.z, gi.p);
  const tally = (kind: string) => [99, 95, 90].map((c) => classes.filter((x) => x === `${kind}-${c}`).length).join('/');
  const summary = describeForecastSummary({
    grid,
    cellSizeM: options.cellSizeM,
    bandwidthM: options.bandwidthM,
    out: options.out,
    trainWindow: [options.trainFrom, options.trainTo],
    forecastWindow: [options.forecastFrom, options.forecastTo],
    what: what.zh,
    train: { inside: training.inside.day.length, outside: training.outside },
    forecast: { inside: forecastIncidents, outside: actual.outside },
    run,
    hot: tally('hot'),
    cold: tally('cold'),
  });
  for (const line of summary) io.out(line);
  const round = (v: number | null, digits: number) => (v === null ? null : +v.toFixed(digits));
  io.out(JSON.stringify({
    cells: chosen.length,
    cellSizeM: options.cellSizeM,
    coverage: options.coverage,
    areaKm2: round(areaKm2, 3),
    method: run.method,
    methodName: run.methodName,
    settings: run.settings,
    pai: round(result.pai, 4),
    pei: round(result.pei, 4),
    baselinePai: round(baseline.pai, 4),
    baselinePei: round(baseline.pei, 4),
    priorCountsPai: round(run.priorCounts?.pai ?? null, 4),
    priorCountsPei: round(run.priorCounts?.pei ?? null, 4),
    kdePai: round(run.tunedKde?.pai ?? null, 4),
    kdePei: round(run.tunedKde?.pei ?? null, 4),
    validation: run.validation,
    shift: options.shift ? { window: options.shift.text, weekdays: options.shift.weekdays } : null,
    trainIncidents: training.inside.day.length,
    forecastIncidents,
    seconds: round((performance.now() - started) / 1000, 3),
  }));
  return 0;
}

/** Runs the tool on its arguments; answers the exit code (2: the input or the flags are wrong). */
export function main(argv: string[], io: CliIo = consoleIo): number {
  try {
    return run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof HotspotInputError) {
      // Core's input errors name the column or value in English; the Chinese words say what kind of problem it is.
      io.err(`hotspots: ${err instanceof HotspotInputError ? `输入数据有误（invalid input）：${err.message}` : err.message}`);
      return 2;
    }
    io.err(`hotspots: 意外失败（unexpected failure）：${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
