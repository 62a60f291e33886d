import type { SessionUser } from '../auth/sessions.repo';
import type { AuditAction } from '../../core/contracts/audit';
import type { Role } from '../../core/contracts/auth';
import type { Database } from '../db/engine';
import type { Env } from '../env';

/** What a handler tells the audit row; username and role for requests made before a session exists (login). */
export interface AuditNote {
  action: AuditAction;
  records?: string[];
  username?: string;
  role?: Role;
}

/** What every handler can reach through c.var. */
export interface AppVariables {
  database: Database;
  env: Env;
  user?: SessionUser; // set when the request carries a live session or a machine token
  viaApiToken?: boolean; // the user came from a machine token (Bearer), not a session cookie
  audit?: AuditNote;
}
export type AppEnv = { Variables: AppVariables };
