import { boolean, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { streets } from './admin';
import { grids } from './grids';
import { multiPolygon4326, point4326 } from './geometry';

export const stations = pgTable(
  'stations',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    streetCode: text('street_code').notNull().references(() => streets.code),
    geom: point4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('stations_geom_gist').using('gist', t.geom)],
);

/** 警格: docked onto whole grids (beat_grids); its geometry is the union of those grids. */
export const beats = pgTable(
  'beats',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    stationCode: text('station_code').notNull().references(() => stations.code),
    officerId: text('officer_id'),
    geom: multiPolygon4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('beats_geom_gist').using('gist', t.geom)],
);

export const beatGrids = pgTable(
  'beat_grids',
  {
    beatCode: text('beat_code').notNull().references(() => beats.code),
    // unique: every grid lies in exactly one beat
    gridCode: text('grid_code').notNull().unique().references(() => grids.code),
  },
  (t) => [primaryKey({ columns: [t.beatCode, t.gridCode] })],
);

export const keyPlaces = pgTable(
  'key_places',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    gridCode: text('grid_code').references(() => grids.code),
    peakWindows: jsonb('peak_windows').notNull(),
    geom: point4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('key_places_geom_gist').using('gist', t.geom)],
);
