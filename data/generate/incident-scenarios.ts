/**
 * Why incidents happen where and when they do: each scenario is one recurring pattern of police calls
 * (night-life trouble after dark, mall theft on weekend afternoons, school-gate traffic at opening and
 * closing, burglary by day where people live …) with its yearly volume, categories, place, spread and
 * clock. incidents.ts samples them. Volumes sum to ~61,000 a year.
 */
import type { KeyPlaceKind } from './dataset';

/** Where a scenario's calls centre: homes weighted by residents, anywhere, the main roads, or key places of a kind. */
export type ScenarioAnchor = { kind: 'residents' } | { kind: 'area' } | { kind: 'road' } | { kind: 'place'; place: KeyPlaceKind };

/** One recurring pattern of police calls. */
export interface Scenario {
  name: string;
  count: number;
  categories: [string, number][];
  anchor: ScenarioAnchor;
  /** Standard deviation (metres) of the Gaussian offset from the anchor point; offsets are capped at 250 m. */
  sigmaM: number;
  /**
   * Relative weight of each hour of a "service day" for an ISO weekday: 30 values, 0–23 the day itself,
   * 24–29 the small hours of the next day (so a Friday night out stays a Friday night).
   */
  hours: (weekday: number) => number[];
  dayWeight: (weekday: number) => number;
  /** Seasonal swing: weight × (1 + amplitude × cos(2π (dayOfYear − peakDay) / 365)). */
  season: { amplitude: number; peakDay: number };
  /** Only during school terms (near zero in the summer and winter holidays). */
  schoolTerm?: boolean;
}

/** A 30-hour profile: `base` over the day's own 24 hours (none after midnight), then the listed hours set. */
function profile(base: number, set: Record<number, number>): number[] {
  const out = Array.from({ length: 30 }, (_, h) => (h < 24 ? base : 0));
  for (const [h, w] of Object.entries(set)) out[Number(h)] = w;
  return out;
}

const span = (from: number, to: number, w: number): Record<number, number> =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, k) => [from + k, w]));

const flat = (w: number) => () => w;
const weekdaysOnly = (weekday: number): number => (weekday <= 5 ? 1 : 0.05);
const NIGHT_OUT = [0, 0.55, 0.55, 0.65, 0.8, 1.6, 1.8, 0.9]; // index = ISO weekday; Fri/Sat nights peak

const DAYTIME = profile(0.05, { 7: 0.3, 8: 0.7, 9: 1, 10: 1.2, 11: 1.2, 12: 0.9, 13: 0.9, 14: 1.1, 15: 1.2, 16: 1.1, 17: 0.9, 18: 0.6, 19: 0.4, 20: 0.3, 21: 0.2, 22: 0.1 });
const EVENING_HOME = profile(0.04, { 17: 0.3, 18: 0.6, 19: 0.9, 20: 1.2, 21: 1.3, 22: 1.1, 23: 0.7, 24: 0.35, 25: 0.15, 26: 0.08 });
const SMALL_HOURS = profile(0.03, { 21: 0.3, 22: 0.6, 23: 0.8, 24: 1, 25: 1.1, 26: 1, 27: 0.8, 28: 0.5, 29: 0.3 });
const NIGHTLIFE = profile(0, { ...span(10, 17, 0.03), 18: 0.1, 19: 0.25, 20: 0.5, 21: 0.8, 22: 1.1, 23: 1.3, 24: 1.3, 25: 1.1, 26: 0.7, 27: 0.35, 28: 0.15 });
const MALL_WEEKDAY = profile(0, { ...span(10, 16, 0.25), 17: 0.5, 18: 0.9, 19: 1.1, 20: 1.1, 21: 0.8, 22: 0.3 });
const MALL_WEEKEND = profile(0, { ...span(10, 13, 0.5), ...span(14, 21, 1.1), 22: 0.4 });
const SCHOOL_GATE = profile(0, { 7: 1.3, 8: 0.5, 11: 0.15, 12: 0.25, 16: 0.8, 17: 1.1, 18: 0.15 });
const ROAD = profile(0.1, { 6: 0.3, 7: 0.8, 8: 1.2, 9: 0.7, ...span(10, 16, 0.5), 17: 1.1, 18: 1.2, 19: 0.7, 20: 0.5, 21: 0.4, 22: 0.3, 23: 0.2 });
const HUB = profile(0.05, { 6: 0.6, 7: 1, 8: 1, 9: 0.6, ...span(10, 16, 0.5), 17: 0.9, 18: 1, 19: 0.6, 20: 0.3 });
const HOSPITAL = profile(0.1, { 7: 0.5, ...span(8, 11, 1), 12: 0.5, ...span(13, 17, 0.7), ...span(18, 23, 0.2) });
const OFFICE = profile(0, { 8: 0.4, ...span(9, 11, 1), 12: 0.2, ...span(14, 17, 0.9) });
const WORKSITE = profile(0.02, { 6: 0.3, ...span(7, 17, 1), 18: 0.4, ...span(22, 29, 0.25) });
const FIRE = profile(0.3, { ...span(7, 10, 0.6), ...span(11, 13, 1), ...span(14, 16, 0.6), ...span(17, 20, 1.1), ...span(21, 23, 0.6) });
const ANY = profile(0.4, span(7, 22, 1));

const JULY = 190;
const JANUARY = 15;

/** The scenarios of the demo year. */
export const SCENARIOS: Scenario[] = [
  { name: 'homes by day', count: 12_000, anchor: { kind: 'residents' }, sigmaM: 30, hours: () => DAYTIME, dayWeight: flat(1), season: { amplitude: 0.08, peakDay: JANUARY },
    categories: [['THEFT_RES', 35], ['FRAUD', 25], ['ASSIST', 28], ['LOST_PERSON', 4], ['DISPUTE_NEIGHBOUR', 8]] },
  { name: 'homes in the evening', count: 12_000, anchor: { kind: 'residents' }, sigmaM: 30, hours: () => EVENING_HOME, dayWeight: (d) => (d >= 6 ? 1.2 : 1), season: { amplitude: 0.1, peakDay: JULY },
    categories: [['NOISE', 35], ['DISPUTE_DOMESTIC', 30], ['DISPUTE_NEIGHBOUR', 25], ['ASSIST', 10]] },
  { name: 'vehicle theft at night', count: 2_500, anchor: { kind: 'residents' }, sigmaM: 60, hours: () => SMALL_HOURS, dayWeight: flat(1), season: { amplitude: 0.1, peakDay: JULY },
    categories: [['THEFT_VEH', 1]] },
  { name: 'night-life', count: 9_000, anchor: { kind: 'place', place: 'nightlife' }, sigmaM: 90, hours: () => NIGHTLIFE, dayWeight: (d) => NIGHT_OUT[d], season: { amplitude: 0.25, peakDay: JULY },
    categories: [['DRUNK', 35], ['FIGHT', 30], ['NOISE', 15], ['DISPUTE_CONSUMER', 10], ['THEFT_PICK', 5], ['ASSIST', 5]] },
  { name: 'malls', count: 6_000, anchor: { kind: 'place', place: 'mall' }, sigmaM: 80, hours: (d) => (d >= 6 ? MALL_WEEKEND : MALL_WEEKDAY), dayWeight: (d) => (d >= 6 ? 1.5 : d === 5 ? 1 : 0.8), season: { amplitude: 0.1, peakDay: JANUARY },
    categories: [['THEFT_PICK', 40], ['FRAUD', 20], ['DISPUTE_CONSUMER', 25], ['LOST_PERSON', 10], ['ASSIST', 5]] },
  { name: 'school gates', count: 3_500, anchor: { kind: 'place', place: 'school' }, sigmaM: 70, hours: () => SCHOOL_GATE, dayWeight: (d) => (d <= 5 ? 1 : 0), season: { amplitude: 0, peakDay: 0 }, schoolTerm: true,
    categories: [['TRAFFIC_ACCIDENT', 45], ['ASSIST', 40], ['LOST_PERSON', 5], ['FIGHT', 10]] },
  { name: 'main roads', count: 7_000, anchor: { kind: 'road' }, sigmaM: 30, hours: () => ROAD, dayWeight: (d) => (d <= 5 ? 1.05 : 0.9), season: { amplitude: 0.12, peakDay: JANUARY },
    categories: [['TRAFFIC_ACCIDENT', 80], ['ASSIST', 20]] },
  { name: 'transport hubs', count: 2_000, anchor: { kind: 'place', place: 'transport' }, sigmaM: 100, hours: () => HUB, dayWeight: (d) => (d === 5 || d === 7 ? 1.3 : 1), season: { amplitude: 0.2, peakDay: 35 },
    categories: [['THEFT_PICK', 35], ['LOST_PERSON', 20], ['ASSIST', 30], ['FIGHT', 15]] },
  { name: 'hospitals', count: 1_500, anchor: { kind: 'place', place: 'hospital' }, sigmaM: 70, hours: () => HOSPITAL, dayWeight: flat(1), season: { amplitude: 0.1, peakDay: JANUARY },
    categories: [['DISPUTE_CONSUMER', 30], ['ASSIST', 40], ['THEFT_PICK', 20], ['FIGHT', 10]] },
  { name: 'government core', count: 800, anchor: { kind: 'place', place: 'government' }, sigmaM: 80, hours: () => OFFICE, dayWeight: weekdaysOnly, season: { amplitude: 0, peakDay: 0 },
    categories: [['ASSIST', 70], ['DISPUTE_CONSUMER', 15], ['TRAFFIC_ACCIDENT', 15]] },
  { name: 'construction sites', count: 1_200, anchor: { kind: 'place', place: 'construction' }, sigmaM: 90, hours: () => WORKSITE, dayWeight: (d) => (d === 7 ? 0.4 : 1), season: { amplitude: 0.15, peakDay: 100 },
    categories: [['THEFT_VEH', 25], ['TRAFFIC_ACCIDENT', 25], ['FIGHT', 20], ['ASSIST', 20], ['FIRE_ALARM', 10]] },
  { name: 'fire alarms', count: 800, anchor: { kind: 'residents' }, sigmaM: 40, hours: () => FIRE, dayWeight: flat(1), season: { amplitude: 0.3, peakDay: JANUARY },
    categories: [['FIRE_ALARM', 1]] },
  { name: 'background', count: 2_500, anchor: { kind: 'area' }, sigmaM: 60, hours: () => ANY, dayWeight: flat(1), season: { amplitude: 0, peakDay: 0 },
    categories: [['THEFT_RES', 1], ['THEFT_VEH', 1], ['FRAUD', 1], ['FIGHT', 1], ['NOISE', 1], ['DISPUTE_NEIGHBOUR', 1], ['TRAFFIC_ACCIDENT', 1], ['ASSIST', 2], ['LOST_PERSON', 1], ['FIRE_ALARM', 1]] },
];
