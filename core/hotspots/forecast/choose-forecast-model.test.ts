import { describe, expect, it } from 'vitest';
import { chooseForecastModel } from './choose-forecast-model';
import { prepareForecastIncidents } from './forecast-incidents';
import { listCandidateModels, type ChosenModel } from './forecast-models';
import { validateForecastModels } from './validate-forecast-models';
import { buildTestGrid, createSeededRandom, generateTestIncidents } from './forecast-test-data';
import type { IncidentColumns } from '../types';

const grid = buildTestGrid();
const window = { trainFrom: 0, forecastFrom: 21, horizonDays: 7, coverage: 0.05 };
const incidents = generateTestIncidents(11, 0, 28);

/** The forecast window's incidents (day ≥ 21) moved to random places and times inside the window. */
function replaceForecastWindow(c: IncidentColumns, seed: number): IncidentColumns {
  const random = createSeededRandom(seed);
  const lng = c.lng.slice();
  const lat = c.lat.slice();
  const day = c.day.slice();
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...c.lng), Math.max(...c.lng), Math.min(...c.lat), Math.max(...c.lat)];
  for (let i = 0; i < day.length; i++) {
    if (day[i] < window.forecastFrom) continue;
    lng[i] = minLng + random() * (maxLng - minLng);
    lat[i] = minLat + random() * (maxLat - minLat);
    day[i] = window.forecastFrom + random() * 7;
  }
  return { lng, lat, day };
}

describe('chooseForecastModel', () => {
  it('chooses the same method and settings whatever the forecast window holds', () => {
    const original = chooseForecastModel(grid, prepareForecastIncidents(grid, incidents), window);
    const replaced = chooseForecastModel(grid, prepareForecastIncidents(grid, replaceForecastWindow(incidents, 99)), window);
    const emptied = chooseForecastModel(grid, prepareForecastIncidents(grid, { lng: incidents.lng, lat: incidents.lat, day: incidents.day.map((d) => (d >= 21 ? NaN : d)) }), window);
    for (const other of [replaced, emptied]) {
      expect(other.chosen).toEqual(original.chosen);
      expect(other.priorCounts).toEqual(original.priorCounts);
      expect(other.tunedKde).toEqual(original.tunedKde);
      expect(other.scores).toEqual(original.scores);
    }
  });

  it('validates ETAS and the stacks on the same figures whatever the forecast window holds', () => {
    const original = chooseForecastModel(grid, prepareForecastIncidents(grid, incidents), window);
    const etas = listCandidateModels(grid.cellSizeM).filter((m) => m.method === 'etas');
    const candidates: ChosenModel[] = [...etas, { method: 'stack', parts: [{ model: original.tunedKde.model, weight: 0.5 }, { model: etas[0], weight: 0.5 }] }];
    // All incidents, the forecast window's included: the folds alone decide what is read.
    const before = validateForecastModels(grid, prepareForecastIncidents(grid, incidents), original.folds, candidates, window.coverage);
    const after = validateForecastModels(grid, prepareForecastIncidents(grid, replaceForecastWindow(incidents, 7)), original.folds, candidates, window.coverage);
    expect(after).toEqual(before);
    expect(before.every((v) => v.folds === 3 && v.pai! > 1)).toBe(true);
    // …while the same candidates do see a change inside the training window.
    const moved = validateForecastModels(grid, prepareForecastIncidents(grid, generateTestIncidents(12, 0, 28)), original.folds, candidates, window.coverage);
    expect(moved.map((v) => v.pai)).not.toEqual(before.map((v) => v.pai));
  });

  it('changes its choice when the training window changes (so the test above can fail)', () => {
    const original = chooseForecastModel(grid, prepareForecastIncidents(grid, incidents), window);
    const other = chooseForecastModel(grid, prepareForecastIncidents(grid, generateTestIncidents(12, 0, 28)), window);
    expect(other.chosen.pai).not.toBe(original.chosen.pai);
  });

  it('reports the winner with its validation PAI and PEI next to the baselines’ on the same folds', () => {
    const choice = chooseForecastModel(grid, prepareForecastIncidents(grid, incidents), window);
    expect(choice.folds).toHaveLength(3);
    for (const v of [choice.chosen, choice.priorCounts, choice.tunedKde, choice.plainKde]) {
      expect(v.folds).toBe(3);
      expect(v.pai).toBeGreaterThan(1);
      expect(v.pei! > 0 && v.pei! <= 1).toBe(true);
    }
    expect(choice.priorCounts.model).toEqual({ method: 'prior-counts' });
    expect(choice.tunedKde.model.method).toBe('kde');
    expect(choice.plainKde.model).toEqual({ method: 'kde', bandwidthM: 50 });
    expect(choice.chosen.pai).toBeGreaterThanOrEqual(Math.max(choice.priorCounts.pai!, choice.tunedKde.pai!));
    expect(choice.trainIncidents).toBe(incidents.day.filter((d) => d < 21).length);
  });

  it('falls back to prior counts with no validation figures when the window is too short for a fold', () => {
    const choice = chooseForecastModel(grid, prepareForecastIncidents(grid, incidents), { ...window, trainFrom: 18 });
    expect(choice.folds).toEqual([]);
    expect(choice.chosen).toMatchObject({ model: { method: 'prior-counts' }, pai: null, pei: null, folds: 0 });
  });
});
