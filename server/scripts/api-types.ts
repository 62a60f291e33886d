import { writeFile } from 'node:fs/promises';
import { apiPathsFile, apiPathsSource } from '../openapi/api-paths-source';

// `npm run api:types`: writes the client's request and answer types (core/contracts/api-paths.ts) from the routes.
async function main() {
  await writeFile(apiPathsFile, await apiPathsSource());
  console.log(`${apiPathsFile} written`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
