import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  areaFromGeojson,
  buildCellGrid,
  evaluateForecast,
  parseDayNumber,
  parseIncidentCsv,
  scoreKernelDensity,
  selectTopCells,
  type CellGrid,
} from '../../core/hotspots/index';
import {
  chooseForecastModel,
  countIncidentsPerCell,
  describeModelKey,
  pickIncidentsBetween,
  plainKdeBandwidthPerCell,
  prepareForecastIncidents,
  scoreForecastModel,
  type ForecastIncidents,
} from '../../core/hotspots/forecast/index';

// Issue 17: the validated forecast against the simple baselines on real calls for service (Portland, August 2016),
// rolling folds of a week each, 152 m (500 ft) cells, 1 % and 5 % of the city. Each fold's model is chosen by
// rolling-origin validation inside that fold's training days only; the test week is read only to score.
// Baselines in the same run: prior counts (the training days' incidents per cell), KDE at the bandwidth the same
// validation picked, and the product's old plain KDE (bandwidth half a cell, scoreKernelDensity on lng/lat).
//
// Protocol (from the ETAS and stack candidates on, s23): the method was developed on August 1–17 only, in
// test/bench/forecast-dev.ts (train 1–10 → test 11–17, train 1–7 → test 8–14; it drops every later call before
// anything runs). The folds below whose test days pass day 17 (train 1–17, 1–24, 1–14) were not run until the
// method was frozen and committed; then this bench was run once and its figures reported as printed. The settings
// inside the product are still chosen per fold by rolling-origin validation inside that fold's training days only.
// The previous round (recency blend) changed its model family after seeing these folds, so those earlier figures
// are not a clean held-out evaluation.

const calls = 'data/real/portland-nij-cfs/portland_cfs_2016-08.csv';
const districts = 'data/real/portland-nij-cfs/portland_police_districts.geojson';
const cellSizeM = 152;
const coverages = [0.01, 0.05];
/** Train on August [first, last], forecast [last + 1, last + 7]. */
const folds: [number, number][] = [[1, 17], [1, 24], [1, 10], [1, 14]];

export interface Row {
  fold: string;
  chosen: string;
  seconds: number;
  figures: Record<'chosen' | 'prior' | 'tunedKde' | 'plainKde', { pai: number; pei: number }>;
}

/** A rolling fold: train on [trainFrom, forecastFrom), score the 7 days from forecastFrom. */
export interface Fold {
  label: string;
  trainFrom: number;
  forecastFrom: number;
}

export type LngLatDays = { lng: Float64Array; lat: Float64Array; day: Float64Array };

function evaluate(grid: CellGrid, scores: Float64Array, coverage: number, actual: Float64Array) {
  const e = evaluateForecast(selectTopCells(scores, coverage, grid), actual);
  return { pai: e.pai ?? NaN, pei: e.pei ?? NaN };
}

export function runFold(grid: CellGrid, all: ForecastIncidents, lngLat: LngLatDays, fold: Fold, coverage: number): Row {
  const { trainFrom, forecastFrom } = fold;
  const forecastTo = forecastFrom + 7;
  const started = performance.now();
  const choice = chooseForecastModel(grid, all, { trainFrom, forecastFrom, horizonDays: 7, coverage });
  const seconds = (performance.now() - started) / 1000;
  const actual = countIncidentsPerCell(grid.cells.length, pickIncidentsBetween(all, forecastFrom, forecastTo));
  const train = pickIncidentsBetween(all, trainFrom, forecastFrom);
  const inTrain = (d: number) => d >= trainFrom && d < forecastFrom;
  const keep = [...lngLat.day.keys()].filter((i) => inTrain(lngLat.day[i]));
  const plain = scoreKernelDensity(grid, { lng: Float64Array.from(keep, (i) => lngLat.lng[i]), lat: Float64Array.from(keep, (i) => lngLat.lat[i]) }, { bandwidthM: plainKdeBandwidthPerCell * cellSizeM });
  return {
    fold: fold.label,
    chosen: describeModelKey(choice.chosen.model),
    seconds,
    figures: {
      chosen: evaluate(grid, choice.scores, coverage, actual),
      prior: evaluate(grid, scoreForecastModel(grid, train, { method: 'prior-counts' }, { trainFrom, forecastFrom }), coverage, actual),
      tunedKde: evaluate(grid, scoreForecastModel(grid, train, choice.tunedKde.model, { trainFrom, forecastFrom }), coverage, actual),
      plainKde: evaluate(grid, plain, coverage, actual),
    },
  };
}

const f2 = (v: number) => v.toFixed(2).padStart(6);
const f3 = (v: number) => v.toFixed(3);

function formatRow(r: Row): string {
  const { chosen, prior, tunedKde, plainKde } = r.figures;
  const pair = (x: { pai: number; pei: number }) => `${f2(x.pai)} / ${f3(x.pei)}`;
  return `  ${r.fold.padEnd(26)} ${pair(chosen)}  ${pair(prior)}  ${pair(tunedKde)}  ${pair(plainKde)}  ×${(chosen.pai / prior.pai).toFixed(3)}  ${r.chosen} (${r.seconds.toFixed(1)} s)`;
}

/** How the chosen model did against prior counts at one coverage. */
export interface CoverageSummary {
  coverage: number;
  meanRatio: number;
  foldsAhead: number;
}

/** Per coverage: each fold's and the mean PAI / PEI of the chosen model and the three baselines, and the goal's count. */
export function runFolds(grid: CellGrid, all: ForecastIncidents, lngLat: LngLatDays, folds: Fold[]): { lines: string[]; summaries: CoverageSummary[] } {
  const lines: string[] = [];
  const summaries: CoverageSummary[] = [];
  for (const coverage of coverages) {
    const rows = folds.map((fold) => runFold(grid, all, lngLat, fold, coverage));
    lines.push(`  coverage ${coverage * 100} %: PAI / PEI of chosen, prior counts, tuned KDE, plain KDE (${plainKdeBandwidthPerCell} cell); chosen/prior PAI; chosen settings`);
    rows.forEach((r) => lines.push(formatRow(r)));
    const mean = (key: keyof Row['figures'], m: 'pai' | 'pei') => rows.reduce((s, r) => s + r.figures[key][m], 0) / rows.length;
    const avg = (key: keyof Row['figures']) => ({ pai: mean(key, 'pai'), pei: mean(key, 'pei') });
    const average: Row = { fold: 'mean of folds', chosen: '', seconds: rows.reduce((s, r) => s + r.seconds, 0) / rows.length, figures: { chosen: avg('chosen'), prior: avg('prior'), tunedKde: avg('tunedKde'), plainKde: avg('plainKde') } };
    lines.push(formatRow(average).replace(/ {2}\S* \(/, '  (mean '));
    const ahead = rows.filter((r) => r.figures.chosen.pai >= 1.04 * r.figures.prior.pai).length;
    const meanRatio = average.figures.chosen.pai / average.figures.prior.pai;
    lines.push(`  folds where chosen PAI ≥ 1.04 × prior counts: ${ahead} of ${rows.length}; mean ratio ×${meanRatio.toFixed(3)}`);
    summaries.push({ coverage, meanRatio, foldsAhead: ahead });
  }
  return { lines, summaries };
}

/** The shipped Portland calls and police districts on the bench's 152 m cells. */
export function loadPortland(callFiles: string[]) {
  const grid = buildCellGrid({ area: areaFromGeojson(JSON.parse(readFileSync(districts, 'utf8'))), cellSizeM });
  const parts = callFiles.map((file) => parseIncidentCsv(readFileSync(file, 'utf8'), { lon: 'lon', lat: 'lat', time: 'occ_date' }));
  const join = (key: 'lng' | 'lat' | 'day') => Float64Array.from(parts.flatMap((p) => [...p[key]]));
  const lngLat: LngLatDays = { lng: join('lng'), lat: join('lat'), day: join('day') };
  return { grid, lngLat, all: prepareForecastIncidents(grid, lngLat) };
}

/** Prints, per coverage, each August fold's and the mean PAI / PEI of the chosen model and the three baselines. */
export function runForecastBench(): string[] {
  const { grid, lngLat, all } = loadPortland([calls]);
  const aug = (d: number) => parseDayNumber(`2016-08-${String(d).padStart(2, '0')}`)!;
  return [
    `Forecast (issue 17): Portland calls for service, August 2016, ${all.day.length.toLocaleString('en')} calls in ${grid.cells.length.toLocaleString('en')} cells of ${cellSizeM} m; model chosen by rolling-origin validation inside each fold's training days`,
    ...runFolds(grid, all, lngLat, folds.map(([first, last]) => ({ label: `train 1–${last} → test ${last + 1}–${last + 7}`, trainFrom: aug(first), forecastFrom: aug(last) + 1 }))).lines,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runForecastBench().forEach((line) => console.log(line));
