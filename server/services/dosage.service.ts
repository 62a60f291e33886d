/**
 * GET /api/dosage and /api/dosage/effect (issue 16, parts 2 and 3): the places of the caller's scope
 * (dosage-places.service.ts), the pings and check-ins near them (dosage.repo.ts), and core/dosage's figures.
 */
import type { Scope } from '../../core/contracts/auth';
import type { DosageAnswer, DosageEffectAnswer, DosageEffectQuery, DosageQuery } from '../../core/contracts/dosage';
import { boundShape, buildPeriods, compareAfterVisits, computeDosage, DEFAULT_DOSAGE_SETTINGS, measurePlaceDistanceM, placeCheckIns, type DosagePeriod } from '../../core/dosage';
import type { Db } from '../db/engine';
import { findCheckIns, findIncidentsNear, findPingsNear } from '../db/repos/dosage.repo';
import type { Language } from '../i18n/language';
import { say } from '../i18n/messages';
import { boxAround, loadMeasuredPlaces, placeView, type MeasuredPlace } from './dosage-places.service';

const DAY_MS = 86_400_000;

/** The period of a query: `to` defaults to now, `from` to a day before `to`. */
function periodOf(q: { from?: string; to?: string }): { from: string; to: string } {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - DAY_MS);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Each place's visits and figures over the periods. */
async function measurePlaces(db: Db, places: MeasuredPlace[], period: { from: string; to: string }, periods: DosagePeriod[]) {
  const box = boxAround(places, DEFAULT_DOSAGE_SETTINGS.exitMarginM);
  if (!box) return [];
  const [pings, checkIns] = await Promise.all([findPingsNear(db, { ...period, box }), findCheckIns(db, period)]);
  return computeDosage({ pings, checkIns: placeCheckIns(checkIns, places), places, periods });
}

export async function answerDosage(db: Db, q: DosageQuery, scope: Scope): Promise<DosageAnswer> {
  const period = periodOf(q);
  const window = q.windowStart && q.windowEnd ? { start: q.windowStart, end: q.windowEnd } : null;
  const periods = buildPeriods(Date.parse(period.from), Date.parse(period.to), window ?? undefined);
  const places = await loadMeasuredPlaces(db, period.to, scope);
  const measured = await measurePlaces(db, places, period, periods);
  return {
    ...period,
    window,
    periods: periods.length,
    settings: { ...DEFAULT_DOSAGE_SETTINGS },
    places: places.map((p, k) => ({ ...placeView(p), all: measured[k].all, police: measured[k].police, grid: measured[k].grid })),
  };
}

export async function answerDosageEffect(db: Db, q: DosageEffectQuery, scope: Scope, language: Language): Promise<DosageEffectAnswer> {
  const period = periodOf(q);
  // A period that ends tonight (the analysis' 近N个自然日) is compared up to now: the hours to come have had no incidents yet.
  const whole = { startMs: Date.parse(period.from), endMs: Math.max(Date.parse(period.from) + 1, Math.min(Date.parse(period.to), Date.now())) };
  const hotspots = (await loadMeasuredPlaces(db, period.to, scope)).filter((p) => p.kind === 'hotspot');
  const measured = await measurePlaces(db, hotspots, period, [whole]);
  const box = boxAround(hotspots, 0);
  const incidents = box ? await findIncidentsNear(db, { ...period, box }, scope) : [];
  return {
    ...period,
    hours: q.hours,
    caveat: say(language, 'dosage_effect_caveat'),
    hotspots: hotspots.map((p, k) => {
      const [w, s, e, n] = boundShape(p.shape, 0);
      const near = incidents.filter(({ lngLat: [lng, lat] }) => lng >= w && lng <= e && lat >= s && lat <= n);
      const inside = near.filter((i) => measurePlaceDistanceM(p.shape, i.lngLat) <= 0).map((i) => i.atMs);
      return { ...placeView(p), visits: measured[k].all.visits, comparison: compareAfterVisits(measured[k].visits, inside, whole, q.hours) };
    }),
  };
}
