import { lazy } from 'react';

// The views past the map load on first opening: the first paint after login (the map) does not wait for the
// planner's, analysis', patrol's and registers' code — over three megabytes in one bundle otherwise.
export const PlannerView = lazy(() => import('../features/planner/PlannerView').then((m) => ({ default: m.PlannerView })));
export const AnalysisView = lazy(() => import('../features/analysis/AnalysisView').then((m) => ({ default: m.AnalysisView })));
export const PatrolView = lazy(() => import('../features/patrol/PatrolView').then((m) => ({ default: m.PatrolView })));
export const DisputesView = lazy(() => import('../features/disputes/DisputesView').then((m) => ({ default: m.DisputesView })));
export const WorkforceView = lazy(() => import('../features/workforce/WorkforceView').then((m) => ({ default: m.WorkforceView })));
export const GridPageView = lazy(() => import('../features/grid-page/GridPageView').then((m) => ({ default: m.GridPageView })));
export const BasemapView = lazy(() => import('../features/admin/BasemapView').then((m) => ({ default: m.BasemapView })));
export const RegistryView = lazy(() => import('../features/registry/RegistryView').then((m) => ({ default: m.RegistryView })));
