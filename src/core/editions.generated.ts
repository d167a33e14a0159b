// Generated from content/editions/*.yaml by `npm run content`. Do not edit: edit the YAML files.
import { msg } from '../i18n/msg.js';
import type { Edition } from './editions.js';

export const EDITIONS: readonly Edition[] = [
  {
    year: 2023,
    start: "2023-02-06",
    end: "2023-02-12",
    theme: () => msg("Let's Connect", { id: "edition-2023-theme" }),
  },
  {
    year: 2024,
    start: "2024-02-05",
    end: "2024-02-11",
    theme: () => msg("My Voice Matters", { id: "edition-2024-theme" }),
  },
  {
    year: 2025,
    start: "2025-02-03",
    end: "2025-02-09",
    theme: () => msg("Know Yourself, Grow Yourself", { id: "edition-2025-theme" }),
  },
  {
    year: 2026,
    start: "2026-02-09",
    end: "2026-02-15",
    theme: () => msg("This is My Place", { id: "edition-2026-theme" }),
  },
];
