import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiPathsFile, apiPathsSource } from '../../server/openapi/api-paths-source';

// Issue 13, item 2: the client's types are generated from the routes (npm run api:types). A route, a describe() or a
// contract changed without regenerating them would leave the client typed against an API that no longer exists.
describe('core/contracts/api-paths.ts', () => {
  it('is what npm run api:types writes from the routes as they are now', async () => {
    const committed = await readFile(apiPathsFile, 'utf8');
    expect(await apiPathsSource(), 'core/contracts/api-paths.ts is out of date: run npm run api:types').toBe(committed);
  });
});
