import type { Db } from './engine';

/**
 * Runs `work` in one transaction, handing it the transaction as a Db so that repositories take it as they take the
 * database. Commits when `work` resolves; rolls back when it throws, and rethrows.
 */
export function inTransaction<T>(db: Db, work: (t: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}
