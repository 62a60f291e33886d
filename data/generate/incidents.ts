/**
 * Samples a year of demo police calls from the scenarios in incident-scenarios.ts: each call gets a
 * time from its scenario's clock (weekday × hour × season), a place offset from its scenario's anchor
 * by a Gaussian of the scenario's spread, and the grid and beat of the block it falls in.
 */
import type { Position } from 'geojson';
import type { IncidentRow } from './dataset';
import { SOURCE_MIX } from './incident-categories';
import { demoRecordedAtMs, drawRecordingDelayMs } from './incident-recording';
import { SCENARIOS, type Scenario } from './incident-scenarios';
import type { KeyPlaceSite } from './key-places';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatLocalMinute, localDayOfYear, localFields, localIsoWeekday, startOfLocalDay } from '../../core/time';
import type { RoadSegment } from './main-roads';
import { roundPosition } from './planar';
import { createWeightedSampler, type Rng } from './prng';
import { locateCell, pointInCell, type UrbanMesh } from './urban-mesh';

/** What incident generation needs from the city plan. */
export interface IncidentContext {
  mesh: UrbanMesh;
  /** Incidents fall in (anchor − 365 days, anchor). */
  anchorMs: number;
  residentsOfCell: readonly number[];
  sites: readonly KeyPlaceSite[];
  roads: readonly RoadSegment[];
  gridCodeOfCell: (cellId: number) => string;
  beatCodeOfCell: (cellId: number) => string;
}

const MAX_OFFSET_M = 250;

/** All incidents of all scenarios, sorted by time, ids 1…N, each recorded minutes after it happened (incident-recording.ts). */
export function generateIncidents(ctx: IncidentContext, rng: Rng, scenarios: readonly Scenario[] = SCENARIOS): IncidentRow[] {
  const drafts: { ms: number; row: Omit<IncidentRow, 'id' | 'recordedAt'> }[] = [];
  for (const scenario of scenarios) {
    const when = createTimeSampler(scenario, ctx.anchorMs);
    const where = createAnchorSampler(scenario, ctx, rng);
    const categories = scenario.categories.map(([, w]) => w);
    const count = Math.round(scenario.count * rng.range(0.97, 1.03));
    for (let k = 0; k < count; k++) {
      const ms = when(rng);
      const { point, cellId } = offsetPoint(ctx.mesh, where(rng), scenario.sigmaM, rng);
      const categoryCode = scenario.categories[rng.weighted(categories)][0];
      const sources = SOURCE_MIX[categoryCode];
      drafts.push({
        ms,
        row: {
          occurredAt: formatLocalMinute(ms),
          categoryCode,
          source: sources[rng.weighted(sources.map(([, w]) => w))][0],
          gridCode: ctx.gridCodeOfCell(cellId),
          beatCode: ctx.beatCodeOfCell(cellId),
          geom: { type: 'Point', coordinates: point },
        },
      });
    }
  }
  drafts.sort((a, b) => a.ms - b.ms); // stable: equal times keep scenario order
  // Drawn after everything else, so that the stream's earlier draws (times, places, categories) stay what they were.
  return drafts.map((d, i) => ({ id: i + 1, ...d.row, recordedAt: formatLocalMinute(demoRecordedAtMs(d.ms, drawRecordingDelayMs(rng), ctx.anchorMs)) }));
}

/**
 * Draws instants (whole minutes) in (anchor − 365 d, anchor) from a scenario's clock: one weight per
 * hour slot of every service day, the slot picked by weight, the minute uniformly within it.
 */
function createTimeSampler(s: Scenario, anchorMs: number): (rng: Rng) => number {
  const lo = anchorMs - 365 * DAY_MS + MINUTE_MS; // strictly after anchor − 365 d, even after flooring
  const hi = Math.floor((anchorMs - 1) / MINUTE_MS) * MINUTE_MS + MINUTE_MS; // minutes starting before the anchor
  const starts: number[] = [];
  const weights: number[] = [];
  for (let day = startOfLocalDay(lo) - DAY_MS; day <= anchorMs; day += DAY_MS) {
    const weekday = localIsoWeekday(day);
    const dayWeight = s.dayWeight(weekday) * seasonFactor(s, day) * (s.schoolTerm && inSchoolHoliday(day) ? 0.08 : 1);
    const hours = s.hours(weekday);
    for (let h = 0; h < hours.length; h++) {
      const a = Math.max(day + h * HOUR_MS, lo);
      const b = Math.min(day + (h + 1) * HOUR_MS, hi);
      if (b - a < MINUTE_MS) continue;
      starts.push(a, b);
      weights.push((dayWeight * hours[h] * (b - a)) / HOUR_MS);
    }
  }
  const pickSlot = createWeightedSampler(weights);
  return (rng) => {
    const k = pickSlot(rng);
    const [a, b] = [starts[2 * k], starts[2 * k + 1]];
    const minutes = Math.floor((b - a) / MINUTE_MS);
    return Math.ceil(a / MINUTE_MS) * MINUTE_MS + Math.min(minutes - 1, Math.floor(rng.next() * minutes)) * MINUTE_MS;
  };
}

function seasonFactor(s: Scenario, dayMs: number): number {
  return 1 + s.season.amplitude * Math.cos((2 * Math.PI * (localDayOfYear(dayMs) - s.season.peakDay)) / 365);
}

/** Summer (10 July – 31 August) and winter (20 January – 19 February) school holidays, roughly. */
function inSchoolHoliday(dayMs: number): boolean {
  const { month, day } = localFields(dayMs);
  return (month === 7 && day >= 10) || month === 8 || (month === 1 && day >= 20) || (month === 2 && day < 20);
}

interface Anchor {
  point: Position;
  cellId: number;
}

function createAnchorSampler(s: Scenario, ctx: IncidentContext, rng: Rng): (rng: Rng) => Anchor {
  const { mesh } = ctx;
  const inCell = (cellId: number, r: Rng): Anchor => ({ point: pointInCell(mesh, cellId, r.range(0.12, 0.88), r.range(0.12, 0.88)), cellId });
  switch (s.anchor.kind) {
    case 'residents': {
      const pick = createWeightedSampler(ctx.residentsOfCell);
      return (r) => inCell(pick(r), r);
    }
    case 'area':
      return (r) => inCell(r.int(0, mesh.cells.length - 1), r);
    case 'road': {
      const pick = createWeightedSampler(ctx.roads.map((x) => x.lengthM));
      return (r) => {
        const seg = ctx.roads[pick(r)];
        const f = r.next();
        return { point: [seg.from[0] + f * (seg.to[0] - seg.from[0]), seg.from[1] + f * (seg.to[1] - seg.from[1])], cellId: seg.cellId };
      };
    }
    case 'place': {
      const kind = s.anchor.place;
      const places = ctx.sites.filter((x) => x.kind === kind);
      if (places.length === 0) throw new Error(`generateIncidents: scenario "${s.name}" has no ${kind} place`);
      // Some places are busier than others, for the whole year.
      const pick = createWeightedSampler(places.map(() => rng.range(0.6, 1.4)));
      return (r) => {
        const p = places[pick(r)];
        return { point: p.point, cellId: p.cellId };
      };
    }
  }
}

/** The anchor moved by a Gaussian offset (σ metres, capped at 250 m) that keeps it in the urban area. */
function offsetPoint(mesh: UrbanMesh, anchor: Anchor, sigmaM: number, rng: Rng): { point: [number, number]; cellId: number } {
  for (let attempt = 0; attempt < 12; attempt++) {
    const dx = sigmaM * rng.normal();
    const dy = sigmaM * rng.normal();
    if (Math.hypot(dx, dy) > MAX_OFFSET_M) continue;
    const point = roundPosition([anchor.point[0] + dx / mesh.frame.metresPerDegLng, anchor.point[1] + dy / mesh.frame.metresPerDegLat], 6);
    const cellId = locateCell(mesh, point);
    if (cellId >= 0) return { point, cellId };
  }
  const point = roundPosition(anchor.point, 6);
  const cellId = locateCell(mesh, point);
  return { point, cellId: cellId >= 0 ? cellId : anchor.cellId };
}
