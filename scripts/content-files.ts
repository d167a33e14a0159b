/**
 * What the content scripts (content.ts, translations.ts, new-edition.ts) share: where the project is, how the
 * edition files are read, and the ids under which each edition's texts reach the translators' XLIFF files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { ContentError, type EditionContent } from '../src/core/content-validation.js';

/**
 * The project the scripts work on: this one, or the copy named by the environment variable `CMHW_ROOT` (its
 * content/, src/ and lit-localize.json). The tests run the scripts on a scratch copy that way, so that trying a
 * new edition never touches the real content or the generated modules.
 */
export function projectRoot(): string {
  return process.env.CMHW_ROOT ? resolve(process.env.CMHW_ROOT) : join(import.meta.dirname, '..');
}

/**
 * Every `<year>.yaml` in `folder`, parsed but not yet validated (validateEditions does that), sorted by name;
 * `file` is the path shown in messages, relative to `root`.
 */
export function readEditionFiles(folder: string, root: string): { file: string; data: unknown }[] {
  return readdirSync(folder)
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
}

/** The id of each text of an edition, as `npm run content` writes it into its msg() calls. */
export const editionTextId = {
  theme: (year: number) => `edition-${year}-theme`,
  about: (year: number) => `edition-${year}-about`,
  /** `tip` counts from 1, as the tips are numbered in the XLIFF files. */
  tipTitle: (year: number, tip: number) => `edition-${year}-tip-${tip}-title`,
  tipText: (year: number, tip: number) => `edition-${year}-tip-${tip}-text`,
};

/** The ids of an edition's long texts (the about text and the tips), which only some editions carry. */
export function longTextIds({ year, about, tips }: EditionContent): string[] {
  return [
    ...(about ? [editionTextId.about(year)] : []),
    ...tips.flatMap((_, index) => [editionTextId.tipTitle(year, index + 1), editionTextId.tipText(year, index + 1)]),
  ];
}
