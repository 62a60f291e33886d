/** Patrol dosage (issue 16, part 2 and 3): visits, dwell, Koper share, gaps, presence, route adherence, effect. Pure. */
export * from './types';
export { boundShape, measurePlaceDistanceM } from './measure-place-distance';
export { findVisits } from './find-visits';
export { indexPings, type PingIndex } from './index-pings';
export { addCheckInVisits } from './add-check-in-visits';
export { summariseDosage, mergeIntervals, type DosageFigures } from './summarise-dosage';
export { computeDosage, type PlaceDosage } from './compute-dosage';
export { measureRouteAdherence, type RouteAdherence, type RouteStop, type StopAdherence, type StopStatus } from './measure-route-adherence';
export { compareAfterVisits, type AfterVisitComparison } from './compare-after-visits';
export { findOpenPeak, type OpenPeak, type PeakWindow } from './find-open-peak';
export { findBusiestHours } from './find-busiest-hours';
export { buildPeriods } from './build-periods';
export { placeCheckIns } from './place-check-ins';
export { planRouteStops, type PlannedRouteStop } from './plan-route-stops';
