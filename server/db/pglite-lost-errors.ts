import type { PGlite } from '@electric-sql/pglite';

/*
 * PGlite 0.5.8's PostGIS loses every error that GEOS raises (an overlay of an invalid polygon, an overlay whose
 * snapping retry fails): the statement is undone, but the backend answers nothing at all — no ErrorResponse, no
 * CommandComplete — so PGlite resolves it as an empty result and a transaction goes on to commit the statements
 * around it. PostgreSQL raises the same failure as an error. It lost a merged grid on publishing (sql-refs.ts's
 * overlayGridSize), and test/api/geos-errors.test.ts reproduces it.
 *
 * Worse, an UPDATE or INSERT … SELECT keeps the rows it wrote before the failing one: a statement half done.
 *
 * The sure sign is on the protocol. A GEOS error while planning (constant arguments are folded at Bind) leaves Bind
 * without its BindComplete. One while executing ends Execute with PortalSuspended, which answers only an Execute with
 * a row limit (PGlite's have none), or, for a write, with the command tag "???" where "UPDATE 3" belongs. A simple
 * query that loses its error ends without ReadyForQuery. Checking each message covers every statement of every repo,
 * the ones written later included, rather than guarding each GEOS call in SQL.
 *
 * On that sign the transaction is made to fail as PostgreSQL's would: a statement that cannot parse is sent before
 * the Sync that ends the exchange, so the implicit transaction of a lone statement rolls back at that Sync (its half
 * of an UPDATE with it), and an explicit one is aborted and rolled back by whoever opened it.
 */

/** The error a lost GEOS failure becomes: PostgreSQL's internal_error, as PostgreSQL raises for GEOS. */
export class LostStatementError extends Error {
  readonly code = 'XX000';
  constructor() {
    super('嵌入式数据库的空间运算失败，语句未执行（PGlite 的 PostGIS 未报出 GEOS 错误）. ' +
      'A GEOS error was lost by the embedded engine: the statement was not carried out.');
    this.name = 'LostStatementError';
  }
}

/** What each request must be answered with when no error was raised, by the request's type byte. */
const dueAnswers = new Map<number, string[]>([
  ['P'.charCodeAt(0), ['parseComplete']],
  ['B'.charCodeAt(0), ['bindComplete']],
  ['E'.charCodeAt(0), ['commandComplete', 'emptyQuery']],
  ['Q'.charCodeAt(0), ['readyForQuery']],
]);
/** CommandComplete's tag when the backend never set one (PostgreSQL's CMDTAG_UNKNOWN). */
const unsetTag = '???';

/** A Parse of a statement that cannot parse: its error aborts the transaction it is sent in. */
function abortingParse(): Uint8Array {
  const body = new TextEncoder().encode(`\0lost geos error\0`);
  const message = new Uint8Array(1 + 4 + body.length + 2);
  const view = new DataView(message.buffer);
  message[0] = 'P'.charCodeAt(0);
  view.setInt32(1, 4 + body.length + 2);
  message.set(body, 5);
  view.setInt16(5 + body.length, 0); // no parameter types
  return message;
}

/** Makes `client` throw LostStatementError where its backend answered a statement with nothing; returns the client. */
export function raiseLostErrors(client: PGlite): PGlite {
  const answer = client.execProtocolStream.bind(client);
  client.execProtocolStream = async (message, options) => {
    const results = await answer(message, options);
    const due = dueAnswers.get(message[0]);
    const answered = due === undefined || results.some((m) => due.includes(m.name) && (m as { text?: string }).text !== unsetTag);
    if (!answered) {
      await answer(abortingParse(), { ...options, throwOnError: false });
      throw new LostStatementError();
    }
    return results;
  };
  return client;
}
