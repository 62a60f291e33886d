/** Incident analysis (issue 6) over core/hotspots: what the analysis routes answer. Pure. */
export { analyseHotspots } from './analyse-hotspots';
export { analyseEmerging } from './analyse-emerging';
export { forecastNextPeriod, forecastSettings } from './forecast-next-period';
export { findRepeats, type RepeatInput } from './find-repeats';
