export const CDN_ORIGIN: string;
export const PURGE_ORIGIN: string;
export const KIT_FILE: string;
export const PAGE_FILES: string[];

export function schoolZipName(pkg: { name: string; version: string }): string;
export function integrityOf(bytes: Uint8Array | string): string;
export function parseVersion(version: string): { major: number; minor: number; patch: number; prerelease: string };
export function compareVersions(a: string, b: string): number;
export function githubRepository(pkg: Record<string, unknown>): { owner: string; name: string; url: string };

export interface ReleaseAddresses {
  name: string;
  version: string;
  major: number;
  prerelease: boolean;
  distTag: 'latest' | 'next';
  tag: string;
  integrity: string;
  sha384: string;
  jsdelivr: { pinned: string; evergreen: string; evergreenFiles: string[]; purge: string[] };
  pages: {
    site: string;
    configurator: string;
    folder: string;
    evergreenFolder: string;
    embed: string;
    evergreenEmbed: string;
  };
  repository: { owner: string; name: string; url: string };
  release: string;
  zip: string;
  wordpressZip: string;
}

export function releaseAddresses(from?: { pkg?: Record<string, unknown>; kit?: Uint8Array }): ReleaseAddresses;
