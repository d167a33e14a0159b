/**
 * Reads content/editions/*.yaml, validates every file, and writes src/core/editions.generated.ts.
 *   npm run content           regenerate
 *   npm run content -- --check  fail if the generated file is stale (used by the tests)
 * Any problem stops with a message that names the file and the field.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ContentError, validateEditions } from '../src/core/content-validation.js';

const root = join(import.meta.dirname, '..');
const folder = join(root, 'content', 'editions');
const target = join(root, 'src', 'core', 'editions.generated.ts');

function load() {
  const files = readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = relative(root, join(folder, name));
      try {
        return { file, data: parse(readFileSync(join(folder, name), 'utf8')) as unknown };
      } catch (error) {
        throw new ContentError(`${file}: is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
    });
  return validateEditions(files);
}

try {
  const editions = load();
  const source =
    '// Generated from content/editions/*.yaml by `npm run content`. Do not edit: edit the YAML files.\n' +
    "import type { Edition } from './editions.js';\n\n" +
    `export const EDITIONS: readonly Edition[] = ${JSON.stringify(editions, null, 2)};\n`;
  if (process.argv.includes('--check')) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== source) {
      console.error(`${relative(root, target)} is stale: run \`npm run content\` and commit the result.`);
      process.exit(1);
    }
    console.log(`content: ${editions.length} editions valid, generated module up to date`);
  } else {
    writeFileSync(target, source);
    console.log(`content: ${editions.length} editions valid, wrote ${relative(root, target)}`);
  }
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
