/** Forecast models, chosen by rolling-origin validation inside the training window (issue 17). Pure. */
export { prepareForecastIncidents, pickIncidentsBetween, countIncidentsPerCell, type ForecastIncidents } from './forecast-incidents';
export { scoreKernelDensityXY } from './kernel-density-xy';
export { blurCellLattice } from './blur-cell-lattice';
export { traceEtasExcitation, fitEtas, forecastEtas, etasIterations, type EtasTrace, type EtasFit } from './score-etas';
export { listCandidateModels, describeModelKey, scoreForecastModel, weighBlendByAge, measureExposureDays, blendSigmaCells, defaultHorizonDays, stackScores, listStackWeights, stackWeightSteps, type TrainingSpan, type ForecastModel, type ChosenModel, type StackedModel, type ForecastMethodName } from './forecast-models';
export { countTopCellHits, countBestHits } from './count-top-cell-hits';
export { planValidationFolds, validationFoldCount, type ValidationFold } from './plan-validation-folds';
export { validateForecastModels, rankValidations, type ModelValidation } from './validate-forecast-models';
export { chooseForecastModel, plainKdeBandwidthPerCell, stackedFamilies, type ForecastChoice, type ForecastWindow } from './choose-forecast-model';
export { isInShift, pickShiftIncidents, type Shift } from './pick-shift-incidents';
