import { sql, type SQL } from 'drizzle-orm';
import { datasets } from '../schema';

/**
 * SQL: whether the database holds generated demo data (a loaded dataset marked demo). The one definition behind every
 * 演示数据 label: the dashboard's header (GET /api/stats/summary), the wall, and the field app (GET /api/field/today).
 */
export const holdsDemoData: SQL<boolean> = sql<boolean>`COALESCE((SELECT bool_or(${datasets.isDemo}) FROM ${datasets}), false)`;
