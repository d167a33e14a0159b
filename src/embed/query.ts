/**
 * Reads the iframe page's query string into one widget element: `widget` picks the element (countdown by
 * default), every other parameter is one of its attributes or a theme variable. Values are set as attributes,
 * so the widget validates them as always (a bad one warns and falls back); a parameter the widget does not have,
 * or an invalid theme value, warns and is ignored.
 */

export type Warn = (message: string) => void;

/** Theme parameters: the `--cmhw-*` custom properties, and what CSS must accept for each. */
const THEME: Record<string, 'color' | 'border-radius' | 'font-family'> = {
  accent: 'color',
  'on-accent': 'color',
  surface: 'color',
  text: 'color',
  'focus-color': 'color',
  'link-color': 'color',
  radius: 'border-radius',
  font: 'font-family',
};

const WIDGETS = ['countdown', 'tip-card', 'banner'];

/** Builds the widget the query asks for; the default is the countdown. */
export function widgetFromQuery(query: URLSearchParams, warn: Warn): HTMLElement {
  let name = query.get('widget') ?? 'countdown';
  if (!WIDGETS.includes(name) || !customElements.get(`cmhw-${name}`)) {
    warn(
      `widget=${JSON.stringify(name)} is not a widget of this kit. Expected ${WIDGETS.filter((w) => customElements.get(`cmhw-${w}`)).join(' or ')}. Using countdown.`,
    );
    name = 'countdown';
  }
  const element = document.createElement(`cmhw-${name}`);
  const attributes = new Set(
    (customElements.get(`cmhw-${name}`) as unknown as { observedAttributes: string[] }).observedAttributes,
  );
  for (const [key, value] of query) {
    if (key === 'widget') continue;
    if (key in THEME) {
      if (CSS.supports(THEME[key]!, value)) element.style.setProperty(`--cmhw-${key}`, value);
      else warn(`${key}=${JSON.stringify(value)} is not a valid ${THEME[key]}. Using the default.`);
    } else if (attributes.has(key) && key !== 'phase') element.setAttribute(key, value);
    else warn(`${key} is not a setting of <cmhw-${name}>; ignored.`);
  }
  return element;
}
