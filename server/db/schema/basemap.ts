import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { anyGeometry4326 } from './geometry';

/**
 * Water for the base map drawn from our own data (issue 11): a river's centre line (kind 'river', its name is
 * drawn along it) and water surfaces ('riverbank', 'lake'). The demo's river is generated (is_demo).
 */
export const waterFeatures = pgTable(
  'water_features',
  {
    code: text('code').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name'),
    geom: anyGeometry4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('water_features_geom_gist').using('gist', t.geom)],
);
