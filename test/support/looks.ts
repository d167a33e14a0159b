/** The documented looks (docs/embedding.md, demo/demo.css), as inline custom properties. */
export const LOOKS: Record<string, string> = {
  default: '',
  "a school's colours": '--cmhw-accent: #00703c; --cmhw-on-accent: #ffffff; --cmhw-text: #0b0c0c; --cmhw-radius: 4px',
  'high contrast':
    '--cmhw-accent: #000000; --cmhw-on-accent: #ffffff; --cmhw-surface: #ffffff; --cmhw-text: #000000; --cmhw-focus-color: #000000; --cmhw-link-color: #000000',
  'a dark page': '--cmhw-surface: #1b1b24; --cmhw-text: #f4f4f6; --cmhw-accent: #b794f6; --cmhw-on-accent: #1b1b24',
};
