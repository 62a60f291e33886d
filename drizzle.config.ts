import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this: it writes SQL migrations that both engines run at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/schema/index.ts',
  out: './server/db/migrations',
});
