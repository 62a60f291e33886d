import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pickShiftIncidents, type Shift } from '../../core/hotspots/forecast/index';
import { forecastAndEvaluate, type CliModel } from './hotspots-forecast';
import {
  DEFAULT_CELL_SIZE_M,
  areaFromGeojson,
  buildCellGrid,
  classifyHotspots,
  computeGiStar,
  countPointsPerCell,
  createUtmFrame,
  formatDayNumber,
  HotspotInputError,
  parseDayNumber,
  parseIncidentCsv,
  type CellGrid,
  type IncidentColumns,
} from '../../core/hotspots/index';

// `npm run hotspots -- --input calls.csv --lon lon --lat lat --time occ_date [--category-field category --category X]
//   --train-from D --train-to D --forecast-from D --forecast-to D [--cell 150] [--coverage 0.01] [--area area.geojson]
//   [--model validated|recency-kde] [--shift 19:00-23:00 [--shift-weekdays 1,2,3,4,5]] [--bandwidth M]
//   [--half-life-days N] --out forecast.geojson`
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
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const required = ['input', 'lon', 'lat', 'time', 'train-from', 'train-to', 'forecast-from', 'forecast-to', 'out'] as const;
  const absent = required.filter((name) => !values[name]);
  if (absent.length > 0) throw new UsageError(`missing ${absent.map((name) => `--${name}`).join(', ')}`);
  const day = (name: 'train-from' | 'train-to' | 'forecast-from' | 'forecast-to') => {
    const text = values[name]!;
    const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDayNumber(text) : null;
    if (d === null) throw new UsageError(`--${name} must be a date YYYY-MM-DD, got "${text}"`);
    return d;
  };
  const [trainFrom, trainTo, forecastFrom, forecastTo] = [day('train-from'), day('train-to'), day('forecast-from'), day('forecast-to')];
  if (trainFrom > trainTo) throw new UsageError('--train-from is after --train-to');
  if (forecastFrom > forecastTo) throw new UsageError('--forecast-from is after --forecast-to');
  if (forecastFrom <= trainTo) throw new UsageError('the forecast window must start after the training window ends');
  const number = (name: 'cell' | 'coverage' | 'bandwidth' | 'half-life-days', ok: (v: number) => boolean, rule: string) => {
    const v = Number(values[name]);
    if (!Number.isFinite(v) || !ok(v)) throw new UsageError(`--${name} must be ${rule}, got "${values[name]}"`);
    return v;
  };
  const cellSizeM = number('cell', (v) => v > 0, 'a positive number of metres');
  const model = values.model as CliModel;
  if (model !== 'validated' && model !== 'recency-kde') throw new UsageError(`--model must be validated or recency-kde, got "${values.model}"`);
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
    coverage: number('coverage', (v) => v > 0 && v <= 1, 'a share of the study area in (0, 1]'),
    area: values.area,
    bandwidthM: values.bandwidth === undefined ? cellSizeM / 2 : number('bandwidth', (v) => v > 0, 'a positive number of metres'),
    halfLifeDays: number('half-life-days', (v) => v > 0, 'a positive number of days'),
    out: values.out!,
  };
}

/** --shift HH:MM-HH:MM and --shift-weekdays 1,2,…: the shift, or null without --shift. */
function readShift(text: string | undefined, weekdaysText: string): (Shift & { text: string }) | null {
  if (text === undefined) return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!m) throw new UsageError(`--shift must be HH:MM-HH:MM, got "${text}"`);
  const startMin = Number(m[1]) * 60 + Number(m[2]);
  const durationMin = (Number(m[3]) * 60 + Number(m[4]) - startMin + 1440) % 1440;
  if (durationMin === 0) throw new UsageError(`--shift must end at another time than it starts, got "${text}"`);
  const weekdays = weekdaysText.split(',').map(Number);
  if (weekdays.some((d) => !(Number.isInteger(d) && d >= 1 && d <= 7)) || new Set(weekdays).size !== weekdays.length) {
    throw new UsageError(`--shift-weekdays must be distinct ISO weekdays 1 (Mon) … 7 (Sun), got "${weekdaysText}"`);
  }
  return { text, startMin, durationMin, weekdays };
}

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new UsageError(`${what} file not found: ${path}`);
  return readFileSync(path, 'utf8');
}

function readIncidents(options: Options) {
  const ranges: [number, number][] = [[options.trainFrom, options.trainTo + 1], [options.forecastFrom, options.forecastTo + 1]];
  const parsed = parseIncidentCsv(readText(options.input, 'input'), { ...options.columns, dayRanges: ranges });
  if (parsed.bad.length > 0) {
    const lines = parsed.bad.slice(0, 10).map((b) => `line ${b.line} (${b.reason})`).join(', ');
    const more = parsed.bad.length > 10 ? ', …' : '';
    const summary = `${parsed.bad.length} of ${parsed.considered} rows have an unparseable date or coordinates: ${lines}${more}`;
    if (parsed.bad.length > maxBadShare * parsed.considered) throw new UsageError(`${summary}; more than ${maxBadShare * 100} % of the rows are bad, check --time/--lon/--lat`);
    console.error(`hotspots: warning: skipped ${summary}`);
  }
  const source = options.shift ? pickShiftIncidents(parsed, options.shift) : parsed;
  const pick = (from: number, to: number): IncidentColumns => {
    const keep = [...source.day.keys()].filter((i) => source.day[i] >= from && source.day[i] < to + 1);
    return { lng: Float64Array.from(keep, (i) => source.lng[i]), lat: Float64Array.from(keep, (i) => source.lat[i]), day: Float64Array.from(keep, (i) => source.day[i]) };
  };
  return { train: pick(options.trainFrom, options.trainTo), forecast: pick(options.forecastFrom, options.forecastTo) };
}

function buildStudyArea(options: Options, train: IncidentColumns): CellGrid {
  if (options.area) {
    let geojson: unknown;
    try {
      geojson = JSON.parse(readText(options.area, 'area'));
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`not GeoJSON: ${options.area} is not valid JSON`);
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
const settingWords: Record<string, (v: number | null) => string> = {
  bandwidthM: (v) => `bandwidth ${v} m`,
  halfLifeDays: (v) => `half-life ${v ?? '∞'} d`,
  recentShare: (v) => `recent share ${v}`,
  nearDays: (v) => `near ${v} d`,
  farDays: (v) => `far ${v} d`,
  decayDays: (v) => `triggering decay ${v} d`,
  triggerSigmaCells: (v) => `triggering σ ${v} cells`,
  backgroundSigmaCells: (v) => `background σ ${v} cells`,
};
const describeWindow = (from: number, to: number) => `${formatDayNumber(from)}..${formatDayNumber(to)}`;

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
    throw new UsageError(`cannot write --out ${options.out}: ${err instanceof Error ? err.message : err}`);
  }
}

function run(argv: string[]): number {
  const started = performance.now();
  const options = readOptions(argv);
  const { train, forecast } = readIncidents(options);
  const what = options.columns.category === undefined ? 'incidents' : `${options.columns.category} incidents`;
  if (train.day.length === 0) throw new UsageError(`no ${what} in the training window ${describeWindow(options.trainFrom, options.trainTo)}`);
  const grid = buildStudyArea(options, train);
  const training = keepInside(train, grid);
  if (training.inside.day.length === 0) throw new UsageError(`no ${what} of the training window lie in the study area`);
  const actual = keepInside(forecast, grid);
  const forecastIncidents = actual.inside.day.length;
  const run = forecastAndEvaluate(options, grid, training.inside, actual.counts);
  const { scores, chosen, result, baseline } = run;
  writeChosenCells(options, run.method, grid, scores, chosen, forecastIncidents > 0 ? actual.counts : null);

  const cellAreaKm2 = options.cellSizeM ** 2 / 1e6;
  const areaKm2 = grid.cells.length * cellAreaKm2;
  const gi = computeGiStar(grid, training.counts);
  const classes = classifyHotspots(gi.z, gi.p);
  const tally = (kind: string) => [99, 95, 90].map((c) => classes.filter((x) => x === `${kind}-${c}`).length).join('/');
  const f = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  console.log(`study area: ${grid.cells.length.toLocaleString('en')} cells of ${options.cellSizeM} m, ${areaKm2.toFixed(1)} km², UTM zone ${grid.frame.zone}${grid.frame.south ? 'S' : 'N'} (EPSG:${grid.frame.epsg})`);
  console.log(`training ${describeWindow(options.trainFrom, options.trainTo)}: ${training.inside.day.length} ${what} (${training.outside} outside the study area)`);
  console.log(`forecast ${describeWindow(options.forecastFrom, options.forecastTo)}: ${forecastIncidents} ${what} (${actual.outside} outside the study area)`);
  console.log(`chosen: ${chosen.length} cells, ${((100 * chosen.length) / grid.cells.length).toFixed(2)} % of the area (${(chosen.length * cellAreaKm2).toFixed(2)} km²) → ${options.out}`);
  const settings = Object.entries(run.settings).map(([k, v]) => settingWords[k]?.(v) ?? `${k} ${v}`).join(', ');
  if (run.validation) {
    const v = run.validation;
    console.log(`validation inside the training window (${v.folds} folds): chosen PAI ${f(v.chosen.pai)}, prior counts ${f(v.priorCounts.pai)}, KDE ${f(v.kde.pai)} (bandwidth ${v.kde.settings.bandwidthM} m)`);
  }
  console.log(`${run.method}${settings ? ` (${settings})` : ''}: PAI ${f(result.pai)}, PEI ${f(result.pei)}, ${result.hits} hits`);
  if (run.priorCounts) console.log(`prior counts: PAI ${f(run.priorCounts.pai)}, PEI ${f(run.priorCounts.pei)}, ${run.priorCounts.hits} hits`);
  if (run.tunedKde) console.log(`kde at the validated bandwidth: PAI ${f(run.tunedKde.pai)}, PEI ${f(run.tunedKde.pei)}, ${run.tunedKde.hits} hits`);
  console.log(`kde baseline (bandwidth ${options.bandwidthM} m): PAI ${f(baseline.pai)}, PEI ${f(baseline.pei)}, ${baseline.hits} hits`);
  console.log(`Gi* of the training counts (FDR), cells hot at 99/95/90 %: ${tally('hot')}, cold: ${tally('cold')}`);
  const round = (v: number | null, digits: number) => (v === null ? null : +v.toFixed(digits));
  console.log(JSON.stringify({
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

try {
  process.exitCode = run(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError || err instanceof HotspotInputError) {
    console.error(`hotspots: ${err.message}`);
    process.exitCode = 2;
  } else {
    console.error(`hotspots: unexpected failure: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
