/** Hotspots: square cells in a UTM frame, Getis-Ord Gi* with FDR, emerging hot spots, and forecasts scored by PAI/PEI. Pure. */
export { createUtmFrame, findUtmZone } from './create-utm-frame';
export { DEFAULT_CELL_SIZE_M } from './default-cell-size';
export { buildCellGrid, maxLatticeSquares, type CellGridInput } from './build-cell-grid';
export { markAreaSquares, type LatticeSpec, type PolygonXY } from './mark-area-squares';
export { countPointsPerCell, locatePointsInCells, type CellCounts } from './count-points-per-cell';
export { erfc, normalCdf, twoSidedP } from './normal-cdf';
export { computeGiStar, type GiStar, type Lattice } from './getis-ord-gi-star';
export { classifyHotspots, findBenjaminiHochbergThreshold } from './classify-hotspots';
export { testMannKendall, type MannKendall } from './mann-kendall';
export { detectEmergingHotspots, type EmergingCell, type EmergingOptions, type EmergingPattern } from './detect-emerging-hotspots';
export { kernelCutoffBandwidths, scoreKernelDensity } from './score-kernel-density';
export { forecastCellScores, weighByRecency, type ForecastMethod, type ForecastOptions } from './forecast-cell-scores';
export { countCellsForCoverage, selectTopCells } from './select-top-cells';
export { evaluateForecast, type ForecastEvaluation } from './evaluate-forecast';
export * from './types';
export { parseDayNumber, formatDayNumber } from './parse-day-number';
export { parseIncidentCsv, type BadRow, type IncidentCsvOptions, type ParsedIncidents } from './parse-incident-csv';
export { areaFromGeojson } from './area-from-geojson';
