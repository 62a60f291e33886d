import {
  PatrolCandidatesQuerySchema,
  PatrolPlanRequestSchema,
  PatrolWindowSchema,
  planBudgetMin,
  windowLengthMin,
  type PatrolCandidateView,
  type PatrolHotspotSource,
  type PatrolMode,
  type PatrolPlanRequest,
} from '../../../core/contracts/patrol';
import type { QueryOf } from '../../api/client';
import { allIssuesOf, type FormIssue } from '../../ui/form-issues';
import { PATROL_WINDOWS, dutyShifts, type DutyShift } from '../../../core/shifts/duty-shifts';

/** Where the patrol starts: a station of the user's scope, or a point picked on the map. */
export type StartKind = 'station' | 'point';

/** What the patrol leader has filled in; numbers stay text until a request is built, so half-typed input is kept. */
export interface PatrolForm {
  startKind: StartKind;
  stationCode: string;
  point: [number, number] | null;
  windowStart: string;
  windowEnd: string;
  /** ISO weekdays 1 (Mon) … 7 (Sun), ascending. */
  weekdays: number[];
  mode: PatrolMode;
  /** Where the hotspot candidates come from: the shift's validated forecast, or the last weeks' Gi* hot cells. */
  hotspots: PatrolHotspotSource;
  budgetMin: string;
  dwellMin: string;
  /** Key place codes marked 必到. */
  mandatory: string[];
}

/** The patrol window presets, one a duty shift and inside it (core/shifts/duty-shifts.ts, shared with the analysis). */
export const patrolShifts = dutyShifts.map((key) => ({ key, ...PATROL_WINDOWS[key] }));
export type PatrolShiftKey = DutyShift;

export const weekdayPresets = { weekdays: [1, 2, 3, 4, 5], weekend: [6, 7], everyDay: [1, 2, 3, 4, 5, 6, 7] } as const;
export type WeekdayPreset = keyof typeof weekdayPresets;

/**
 * A new form: the evening (中班) patrol on weekdays, on foot, 90 minutes with 5 minutes at each stop, over the shift's
 * forecast hotspots (issue 17: the model chosen by validation inside the last weeks, ahead of Gi*'s look back).
 */
export function defaultPatrolForm(stationCode: string | null): PatrolForm {
  return {
    startKind: stationCode ? 'station' : 'point',
    stationCode: stationCode ?? '',
    point: null,
    windowStart: PATROL_WINDOWS.middle.start,
    windowEnd: PATROL_WINDOWS.middle.end,
    weekdays: [...weekdayPresets.weekdays],
    mode: 'foot',
    hotspots: 'forecast',
    budgetMin: '90',
    dwellMin: '5',
    mandatory: [],
  };
}

/** The shift whose window the form has, or null for another window. */
export function shiftOf(form: Pick<PatrolForm, 'windowStart' | 'windowEnd'>): PatrolShiftKey | null {
  return patrolShifts.find((s) => s.start === form.windowStart && s.end === form.windowEnd)?.key ?? null;
}

/** The preset the weekdays are, or null. */
export function weekdayPresetOf(weekdays: readonly number[]): WeekdayPreset | null {
  const key = [...weekdays].sort((a, b) => a - b).join(',');
  return (Object.keys(weekdayPresets) as WeekdayPreset[]).find((p) => weekdayPresets[p].join(',') === key) ?? null;
}

/** Ticks or unticks one weekday, keeping the list ascending. */
export function toggleWeekday(weekdays: readonly number[], day: number): number[] {
  return weekdays.includes(day) ? weekdays.filter((d) => d !== day) : [...weekdays, day].sort((a, b) => a - b);
}

/** The 必到 codes that are key places among the candidates shown: a mark on a place no longer listed is not sent. */
export function effectiveMandatory(mandatory: readonly string[], candidates: readonly PatrolCandidateView[] | undefined): string[] {
  if (!candidates) return [];
  const places = new Set(candidates.filter((c) => c.kind === 'key_place').map((c) => c.id));
  return mandatory.filter((code) => places.has(code));
}


export type BuiltRequest = { ok: true; request: PatrolPlanRequest } | { ok: false; issues: FormIssue[] };

// Text that is no number must fail as that field, not pass as 0.
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The start fields of a request: the station, or the picked point (none yet: neither, which the schema refuses). */
function startOf(form: PatrolForm): { stationCode?: string; start?: [number, number] } {
  if (form.startKind === 'station') return form.stationCode ? { stationCode: form.stationCode } : {};
  return form.point ? { start: form.point } : {};
}

/**
 * The window's length in minutes when the form's budget is longer (the server plans in the window: planBudgetMin), so
 * the form can say so before a route comes back shorter than asked; null otherwise or while either is invalid.
 */
export function budgetCapOf(form: Pick<PatrolForm, 'windowStart' | 'windowEnd' | 'budgetMin'>): number | null {
  const window = PatrolWindowSchema.safeParse({ start: form.windowStart, end: form.windowEnd });
  const budget = numberOf(form.budgetMin);
  if (!window.success || !Number.isFinite(budget)) return null;
  return planBudgetMin(budget, window.data) < budget ? windowLengthMin(window.data) : null;
}

/** Longer than this, a window past midnight is more likely its two times swapped (23:00–19:00) than a night's patrol. */
export const longOvernightWindowMin = 12 * 60;

/**
 * A window past midnight longer than longOvernightWindowMin, in whole hours, so the form can ask whether its times were
 * swapped (23:00–19:00 is planned as a 20-hour window, and a valid-looking route comes back); null otherwise.
 */
export function longOvernightHoursOf(form: Pick<PatrolForm, 'windowStart' | 'windowEnd'>): number | null {
  const window = PatrolWindowSchema.safeParse({ start: form.windowStart, end: form.windowEnd });
  if (!window.success || form.windowEnd > form.windowStart) return null;
  const minutes = windowLengthMin(window.data);
  return minutes > longOvernightWindowMin ? Math.round(minutes / 60) : null;
}

/**
 * The body of POST /api/patrol/plan, validated with the contract's schema (the server's own check), so the form
 * names a bad field before anything is sent. `mandatory` is what `effectiveMandatory` kept.
 */
export function toPlanRequest(form: PatrolForm, mandatory: readonly string[]): BuiltRequest {
  const body = {
    ...startOf(form),
    window: { start: form.windowStart, end: form.windowEnd },
    weekdays: form.weekdays,
    mode: form.mode,
    hotspots: form.hotspots,
    budgetMin: numberOf(form.budgetMin),
    dwellMin: numberOf(form.dwellMin),
    ...(mandatory.length > 0 ? { mandatory: [...mandatory] } : {}),
  };
  const parsed = PatrolPlanRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, issues: allIssuesOf(parsed.error) };
}

/**
 * The query of GET /api/patrol/candidates for the form (station=…|at=lng,lat, start, end, weekdays, mode, hotspots), or null
 * while the form cannot ask yet (no start, a bad window, no weekday).
 */
export function toCandidatesQuery(form: PatrolForm): QueryOf<'/api/patrol/candidates'> | null {
  if (form.weekdays.length === 0) return null;
  const query: QueryOf<'/api/patrol/candidates'> = { start: form.windowStart, end: form.windowEnd };
  const start = startOf(form);
  if (start.stationCode) query.station = start.stationCode;
  else if (start.start) query.at = start.start.map((x) => x.toFixed(6)).join(',');
  query.weekdays = form.weekdays.join(',');
  query.mode = form.mode;
  query.hotspots = form.hotspots;
  return PatrolCandidatesQuerySchema.safeParse(query).success ? query : null;
}
