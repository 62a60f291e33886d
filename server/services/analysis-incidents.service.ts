/**
 * The analyses of the caller's incidents (issue 6): loads the filtered incidents of the scope as core/analysis takes
 * them — positions and times as columns, categories by code — with the study area (the communities holding grids in
 * the scope), then runs the emerging-hotspot, forecast or near-repeat analysis, naming places where the answer shows
 * them. Hot cells are hot-cells.service.ts's. An analysis that needs an area answers null when the scope has none.
 */
import type { MultiPolygon } from 'geojson';
import type { ForecastAnswer, HotspotQuery, RepeatQuery, RepeatsAnswer } from '../../core/contracts/analysis';
import type { Scope } from '../../core/contracts/auth';
import { findRepeats, forecastNextPeriod, type RepeatInput } from '../../core/analysis/index';
import type { Db } from '../db/engine';
import { findStudyArea, type Period } from '../db/repos/analysis.repo';
import { findIncidentColumnArrays } from '../db/repos/incidents.repo';
import { nameForecastCells, nameRepeats } from './analysis-place-names.service';

export interface AnalysisIncidents {
  /** The study area, or null when the scope holds no grid. */
  area: MultiPolygon | null;
  incidents: RepeatInput;
}

/** The filtered incidents of the caller's scope in the period, as the core functions take them, and the study area. */
export async function loadAnalysisIncidents(db: Db, q: Period, scope: Scope): Promise<AnalysisIncidents> {
  const [area, cols] = await Promise.all([findStudyArea(db, scope), findIncidentColumnArrays(db, q, scope)]);
  const lng = new Float64Array(cols.count);
  const lat = new Float64Array(cols.count);
  for (let i = 0; i < cols.count; i++) {
    lng[i] = cols.positions[2 * i];
    lat[i] = cols.positions[2 * i + 1];
  }
  const categories = Array.from(cols.categories, (k) => cols.categoryCodes[k]);
  return { area, incidents: { lng, lat, timesS: cols.times, categories } };
}

/** The forecast of the next period from the scope's incidents (forecastNextPeriod), its cells named by place; null without a study area. */
export async function forecastIncidents(db: Db, q: HotspotQuery & Period, scope: Scope): Promise<ForecastAnswer | null> {
  const { area, incidents } = await loadAnalysisIncidents(db, q, scope);
  if (!area) return null;
  const answer = forecastNextPeriod(area, incidents, q.cell, q.coverage, { from: q.from, to: q.to });
  await nameForecastCells(db, answer);
  return answer;
}

/** Repeat and near-repeat incidents of the scope (findRepeats), named by place. */
export async function findNamedRepeats(db: Db, q: RepeatQuery & Period, scope: Scope): Promise<RepeatsAnswer> {
  const { incidents } = await loadAnalysisIncidents(db, q, scope);
  const answer = findRepeats(incidents, q.distance, q.days);
  await nameRepeats(db, answer);
  return answer;
}
