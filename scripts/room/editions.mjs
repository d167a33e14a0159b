// The editions' years and dates, from content/editions/*.yaml, for the room scripts (which run in Node, beside the
// TypeScript sources).
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

const folder = new URL('../../content/editions/', import.meta.url);
// YAML reads an unquoted 2023-02-06 as a date: back to the UK calendar date it was written as.
const day = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export const editions = readdirSync(folder)
  .filter((file) => file.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const { year, start, end } = parse(readFileSync(new URL(file, folder), 'utf8'));
    return { year: Number(year), start: day(start), end: day(end) };
  });
