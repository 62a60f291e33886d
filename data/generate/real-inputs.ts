/**
 * The real inputs of the demo generator, as plain objects: what `loadRealInputs` reads from
 * data/real/dazhou-admin/ and `generateDemoDataset` consumes. Kept in its own file so the pure
 * generator never imports the module that does I/O.
 */
import type { MultiPolygon, Polygon } from 'geojson';

/** One row of dazhou_townships_2023.csv (NBS 2023 statistical division codes). */
export interface TownshipInput {
  code: string; // 9 digits, e.g. 511703001
  name: string; // 三里坪街道
  areaCode: string; // county code, e.g. 511703
}

/** One row of dachuan_villages_communities.csv (NBS village-level committees of 达川区). */
export interface CommitteeInput {
  code: string; // 12 digits, e.g. 511703001001
  name: string; // 梧桐梁社区居民委员会
  streetCode: string; // 9 digits
  areaCode: string; // 511703
}

/** The district polygon from the DataV export, already converted from GCJ-02 to WGS 84. */
export interface DistrictInput {
  code: string; // 511703
  name: string; // 达川区
  geom: Polygon | MultiPolygon;
}

/** Everything real the generator starts from. */
export interface RealInputs {
  district: DistrictInput;
  /** Every township/street of the city file (200 rows); the generator keeps those of 511703. */
  townships: TownshipInput[];
  committees: CommitteeInput[];
}
