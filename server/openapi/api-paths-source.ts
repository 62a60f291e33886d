import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../app';
import type { Database } from '../db/engine';
import { readEnv } from '../env';
import { buildOpenApiDocument } from './openapi-document';

/** Where the generated `paths` type lives, from the repository's root. */
export const apiPathsFile = 'core/contracts/api-paths.ts';

const header = `// Generated from GET /api/openapi.json by server/openapi/api-paths-source.ts: do not edit.
// Regenerate with \`npm run api:types\` after changing a route's describe(), validate() or a contract it names;
// test/api/api-paths.test.ts fails while this file and the routes disagree.

`;

// The document is read from the route table alone: building the app opens no database (requests would), and this one
// says so if anything ever asks it for one.
function refuse(): never {
  throw new Error('the OpenAPI document is built without a database');
}
const noDatabase: Database = {
  engine: 'pglite',
  routing: 'typescript',
  get db() {
    return refuse();
  },
  listen: async () => refuse(),
  close: async () => {},
};

/**
 * The text of core/contracts/api-paths.ts: openapi-typescript's `paths` (and `components`, `operations`) types of the
 * app's OpenAPI document, which client/api/client.ts gives openapi-fetch. Built in process from the same route table
 * the server serves; the environment is the defaults', so that the text does not depend on where it is generated.
 */
export async function apiPathsSource(): Promise<string> {
  const app = createApp({ database: noDatabase, env: readEnv({}) });
  const document = await buildOpenApiDocument(app as never);
  const ast = await openapiTS(document as never, { silent: true });
  return header + astToString(ast);
}
