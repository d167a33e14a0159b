// Fails when custom-elements.json is not what the analyzer makes from the current JSDoc.
//   npm run lint   (regenerate with `npm run manifest`)
import { readFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
const committed = readFileSync('custom-elements.json', 'utf8');
if (`${JSON.stringify(fresh, null, 2)}\n` !== committed) {
  console.error('custom-elements.json is stale: run `npm run manifest` and commit the result.');
  process.exit(1);
}
console.log('manifest: custom-elements.json is up to date');
