// `npm run release:notes -- --tag vX.Y.Z`: the release notes of a version, from its section of CHANGELOG.md.
// It stops (exit 1) when the tag is not `v` and package.json's version, or when CHANGELOG.md has no section
// `## [X.Y.Z] - YYYY-MM-DD` for it (an "Unreleased" or "not yet published" section is not a release): the release
// workflow runs it first, so a tag pushed too early stops before the tests. Prints the notes, or writes them with
// `--out FILE`; `--changelog FILE` reads another file (the tests do).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseVersion } from './addresses.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The tag must name package.json's version: the workflow's tag and the published version cannot differ. */
export function checkTag(tag, version) {
  if (tag !== undefined && tag !== `v${version}`)
    throw new Error(
      `The tag ${tag} is not v${version}, the version in package.json: tag the commit that has "npm version"'s change.`,
    );
}

/** The body of `## [version] - YYYY-MM-DD` in a Keep a Changelog file, without its heading. */
export function changelogSection(changelog, version) {
  parseVersion(version);
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\](.*)$/gm)];
  const heading = headings.find((match) => match[1] === version);
  if (!heading)
    throw new Error(
      `CHANGELOG.md has no section for ${version}: move the entries under "Unreleased" to "## [${version}] - YYYY-MM-DD".`,
    );
  if (!/^ - \d{4}-\d{2}-\d{2}\s*$/.test(heading[2]))
    throw new Error(`CHANGELOG.md: "${heading[0].trim()}" has no release date: write it as "## [${version}] - YYYY-MM-DD".`);
  const start = heading.index + heading[0].length;
  const next = headings.find((match) => match.index > heading.index);
  const body = changelog
    .slice(start, next ? next.index : undefined)
    // Link definitions at the end of the file ("[0.1.0]: https://…") belong to the file, not to one version.
    .replace(/^\[[^\]]+\]:\s+\S+\s*$/gm, '')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md: the section for ${version} is empty.`);
  return body;
}

export function releaseNotes({ tag, changelogFile, version } = {}) {
  changelogFile ??= `${root}CHANGELOG.md`;
  version ??= JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
  checkTag(tag, version);
  return `${changelogSection(readFileSync(changelogFile, 'utf8'), version)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { tag: { type: 'string' }, out: { type: 'string' }, changelog: { type: 'string' } } });
  try {
    const notes = releaseNotes({ tag: values.tag, changelogFile: values.changelog });
    if (values.out) writeFileSync(values.out, notes);
    else process.stdout.write(notes);
  } catch (error) {
    console.error(`release:notes: ${error.message}`);
    process.exitCode = 1;
  }
}
