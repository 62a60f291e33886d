// The types of /api/basemap/{roads,water,compounds} live with their schemas in core/contracts/features.ts.
export type { CompoundCollection, CompoundProperties, RoadCollection, RoadProperties, WaterCollection, WaterProperties } from '../../../core/contracts/features';
