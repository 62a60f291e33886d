import type { Database } from '../db/engine';
import type { Env } from '../env';

/** What every handler can reach through c.var. */
export interface AppVariables {
  database: Database;
  env: Env;
}
export type AppEnv = { Variables: AppVariables };
