import type { Plugin } from 'vite';

export const PAGES: Array<{ path: string; nav: string; source?: string }>;
export function sitePages(): Plugin;
