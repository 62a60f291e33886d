import { boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { multiPolygon4326 } from './geometry';

export const districts = pgTable(
  'districts',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    geom: multiPolygon4326('geom').notNull(),
  },
  (t) => [index('districts_geom_gist').using('gist', t.geom)],
);

/** The 33 real townships and streets (乡镇街道); only the six urban streets have (demo) geometry. */
export const streets = pgTable(
  'streets',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    urban: boolean('urban').notNull(),
    geom: multiPolygon4326('geom'),
    geomIsDemo: boolean('geom_is_demo').notNull().default(false),
  },
  (t) => [index('streets_geom_gist').using('gist', t.geom)],
);

/** The 452 real village and community committees; only the 34 urban communities have (demo) geometry. */
export const communities = pgTable(
  'communities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    streetCode: text('street_code').notNull().references(() => streets.code),
    kind: text('kind').notNull(),
    urban: boolean('urban').notNull(),
    geom: multiPolygon4326('geom'),
    geomIsDemo: boolean('geom_is_demo').notNull().default(false),
  },
  (t) => [index('communities_geom_gist').using('gist', t.geom), index('communities_street_idx').on(t.streetCode)],
);

/** Where the rows came from: one row per loaded dataset, so the interface can say "demo data". */
export const datasets = pgTable('datasets', {
  name: text('name').primaryKey(),
  isDemo: boolean('is_demo').notNull(),
  seed: text('seed'),
  anchor: text('anchor'),
  generator: text('generator'),
  note: text('note').notNull(),
  loadedAt: text('loaded_at').notNull(),
  // How far the demo replay has written the demo calls of 52 weeks earlier again (demo-replay.service.ts): its own
  // mark, because calls that demo accounts enter through the API are demo rows too and must not move it.
  replayedTo: timestamp('replayed_to', { withTimezone: true }),
});
