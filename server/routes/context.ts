import type { SessionUser } from '../auth/sessions.repo';
import type { AuditAction } from '../../core/contracts/audit';
import type { Database } from '../db/engine';
import type { Env } from '../env';

/** What every handler can reach through c.var. */
export interface AppVariables {
  database: Database;
  env: Env;
  user?: SessionUser; // set when the request carries a live session or a machine token
  viaApiToken?: boolean; // the user came from a machine token (Bearer), not a session cookie
  audit?: { action: AuditAction; records?: string[]; username?: string };
}
export type AppEnv = { Variables: AppVariables };
