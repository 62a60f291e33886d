import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';

/** Where the primary's write-ahead log stands now ('16/B374D848'). */
export async function readPrimaryWalPosition(db: Db): Promise<string> {
  const [row] = await queryRows<{ lsn: string }>(db, sql`SELECT pg_current_wal_lsn()::text AS lsn`);
  return row.lsn;
}

/** Whether the server is a standby and how far it has replayed the primary's log (null on a primary). */
export async function readStandbyReplay(db: Db): Promise<{ inRecovery: boolean; replayLsn: string | null }> {
  const [row] = await queryRows<{ inRecovery: boolean; replayLsn: string | null }>(
    db,
    sql`SELECT pg_is_in_recovery() AS "inRecovery", pg_last_wal_replay_lsn()::text AS "replayLsn"`,
  );
  return row;
}
