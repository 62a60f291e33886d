/** Incident analysis (issue 6) over core/hotspots: what the analysis routes answer. Pure. */
export { analyseHotspots } from './analyse-hotspots';
export { analyseEmerging } from './analyse-emerging';
export { forecastNextPeriod } from './forecast-next-period';
export { describeForecastChoice, describeModelInWords, describeModelSettings } from './describe-forecast-choice';
export { findRepeats, type RepeatInput } from './find-repeats';
export { forecastWindowCells, type WindowForecastCells, type WindowForecastInput } from './forecast-window-cells';
