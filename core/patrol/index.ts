/** Patrol route planning (issue 6, part 4): road graphs, travel matrices and the orienteering planner. Pure. */
export { buildRoadGraph, type BuildRoadGraphOptions } from './build-road-graph';
export { buildRoadTravelMatrix, ROAD_METHOD, type RoadTravelMatrix, type RoadTravelMatrixOptions } from './build-road-travel-matrix';
export { buildStraightLineMatrix, DEFAULT_DETOUR_FACTOR, STRAIGHT_LINE_METHOD, STRAIGHT_LINE_SPEED_KMH, type StraightLineOptions } from './build-straight-line-matrix';
export { ACCESS_SPEED_KMH, CAR_SPEED_KMH, FOOT_SPEED_KMH, STEPS_SPEED_KMH, describeWay, parseMaxspeedKmh, type WayProfile, type WayTags } from './describe-way';
export { findShortestPathTree, tracePath, type ShortestPathTree } from './find-shortest-path-tree';
export { measureDistanceM } from './measure-distance-m';
export { mergeKeyPlaceCells } from './merge-key-place-cells';
export { planNearestNeighbourRoute } from './plan-nearest-neighbour-route';
export { planPatrolRoute } from './plan-patrol-route';
export { DEFAULT_MAX_SNAP_DISTANCE_M, planRoute, type PlanRouteInput } from './plan-route';
export { snapToGraph, type Snap, type SnapOptions } from './snap-to-graph';
export * from './types';
