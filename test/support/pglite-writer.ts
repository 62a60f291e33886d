/**
 * A child process for the kill -9 test (test/api/database-faults.test.ts): opens PGlite in the folder given with the
 * server's durability settings, then inserts rows one at a time, printing "ack <id>" as each insert is answered,
 * until it is killed. A table of its own rather than the migrated schema: PostGIS and the migrations add half a
 * minute on a busy machine and nothing to how a commit reaches the disk.
 */
import { PGlite } from '@electric-sql/pglite';
import { pgliteDurability } from '../../server/db/engine';

const client = await PGlite.create({ dataDir: process.argv[2], ...pgliteDurability });
await client.exec('CREATE TABLE IF NOT EXISTS acked_writes (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), note text NOT NULL)');
process.stdout.write('writing\n');
for (;;) {
  const { rows } = await client.query<{ id: number }>("INSERT INTO acked_writes (note) VALUES (repeat('x', 200)) RETURNING id");
  process.stdout.write(`ack ${rows[0].id}\n`);
}
