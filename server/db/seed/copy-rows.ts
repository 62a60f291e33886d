import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';

/** Streams text-format COPY lines into a table: PostgreSQL only (PGlite writes with multi-row INSERTs instead). */
export type CopyRows = (table: string, columns: readonly string[], lines: AsyncIterable<string> | Iterable<string>) => Promise<void>;

/**
 * A COPY … FROM STDIN writer on its own connection to `databaseUrl` (the Drizzle handle does not expose postgres.js's
 * copy streams). Table and column names are the caller's constants, never user input. Close it when done.
 */
export function openCopyRows(databaseUrl: string): { copyRows: CopyRows; close: () => Promise<void> } {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const copyRows: CopyRows = async (table, columns, lines) => {
    const names = columns.map((c) => `"${c}"`).join(', ');
    const writable = await client.unsafe(`COPY "${table}" (${names}) FROM STDIN`).writable();
    await pipeline(Readable.from(lines), writable);
  };
  return { copyRows, close: () => client.end({ timeout: 5 }) };
}
