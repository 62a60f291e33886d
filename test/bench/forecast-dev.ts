import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { areaFromGeojson, buildCellGrid, parseDayNumber, parseIncidentCsv } from '../../core/hotspots/index';
import { countBestHits, countIncidentsPerCell, countTopCellHits, chooseForecastModel, describeModelKey, pickIncidentsBetween, prepareForecastIncidents, scoreForecastModel, validateForecastModels, listCandidateModels, type ForecastModel } from '../../core/hotspots/forecast/index';
import { countCellsForCoverage } from '../../core/hotspots/select-top-cells';

// Development folds for issue 17's forecast (the protocol in forecast-bench.ts): only August 1–17 is read, the
// calls of later days are dropped before anything else runs, so nothing here can see the bench's later test weeks.

const lastDevDay = 17;
const cellSizeM = 152;
const devFolds: [number, number][] = [[1, 10], [1, 7]];

export function runForecastDev(): string[] {
  const parsed = parseIncidentCsv(readFileSync('data/real/portland-nij-cfs/portland_cfs_2016-08.csv', 'utf8'), { lon: 'lon', lat: 'lat', time: 'occ_date' });
  const grid = buildCellGrid({ area: areaFromGeojson(JSON.parse(readFileSync('data/real/portland-nij-cfs/portland_police_districts.geojson', 'utf8'))), cellSizeM });
  const aug = (d: number) => parseDayNumber(`2016-08-${String(d).padStart(2, '0')}`)!;
  const all = pickIncidentsBetween(prepareForecastIncidents(grid, parsed), aug(1), aug(lastDevDay) + 1);
  const lines: string[] = [`dev: ${all.day.length} calls of August 1–${lastDevDay}`];
  for (const coverage of [0.01, 0.05]) {
    const k = countCellsForCoverage(grid.cells.length, coverage);
    for (const [first, last] of devFolds) {
      const trainFrom = aug(first);
      const forecastFrom = aug(last) + 1;
      const forecastTo = Math.min(forecastFrom + 7, aug(lastDevDay) + 1);
      const span = { trainFrom, forecastFrom, horizonDays: forecastTo - forecastFrom };
      const actual = countIncidentsPerCell(grid.cells.length, pickIncidentsBetween(all, forecastFrom, forecastTo));
      const total = actual.reduce((s, v) => s + v, 0);
      const train = pickIncidentsBetween(all, trainFrom, forecastFrom);
      const pai = (scores: Float64Array) => countTopCellHits(scores, k, actual) / total / (k / grid.cells.length);
      const started = performance.now();
      const choice = chooseForecastModel(grid, all, { trainFrom, forecastFrom, horizonDays: span.horizonDays, coverage });
      const seconds = (performance.now() - started) / 1000;
      const prior = pai(scoreForecastModel(grid, train, { method: 'prior-counts' }, span));
      const best = (countBestHits(actual, k) / total) / (k / grid.cells.length);
      lines.push(`${coverage * 100}% train ${first}–${last} → ${last + 1}–${last + span.horizonDays}: chosen ${pai(choice.scores).toFixed(2)} (${describeModelKey(choice.chosen.model)}, val ${choice.chosen.pai?.toFixed(2)}) prior ${prior.toFixed(2)} ×${(pai(choice.scores) / prior).toFixed(3)} tunedKde ${pai(scoreForecastModel(grid, train, choice.tunedKde.model, span)).toFixed(2)} oracle ${best.toFixed(2)} (${seconds.toFixed(1)} s)`);
      // Hindsight per family, for understanding only (not used for choosing anything in the product).
      const families = new Map<string, { key: string; pai: number }>();
      for (const m of listCandidateModels(cellSizeM) as ForecastModel[]) {
        const p = pai(scoreForecastModel(grid, train, m, span));
        const f = families.get(m.method);
        if (!f || p > f.pai) families.set(m.method, { key: describeModelKey(m), pai: p });
      }
      lines.push(`   hindsight best per family: ${[...families.values()].map((f) => `${f.key} ${f.pai.toFixed(2)}`).join(', ')}`);
      const vals = validateForecastModels(grid, train, choice.folds, listCandidateModels(cellSizeM), coverage);
      const topEtas = vals.filter((v) => v.model.method === 'etas').sort((a, b) => b.pai! - a.pai!)[0];
      const topBlend = vals.filter((v) => v.model.method === 'recency-blend').sort((a, b) => b.pai! - a.pai!)[0];
      lines.push(`   validation: prior ${choice.priorCounts.pai!.toFixed(2)}, tuned kde ${choice.tunedKde.pai!.toFixed(2)}`);
      lines.push(`   validation: best etas ${describeModelKey(topEtas.model)} ${topEtas.pai!.toFixed(2)} → test ${pai(scoreForecastModel(grid, train, topEtas.model, span)).toFixed(2)}; best blend ${describeModelKey(topBlend.model)} ${topBlend.pai!.toFixed(2)} → test ${pai(scoreForecastModel(grid, train, topBlend.model, span)).toFixed(2)}; prior ${vals[0].pai!.toFixed(2)}`);
    }
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runForecastDev().forEach((line) => console.log(line));
