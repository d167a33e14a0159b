// The function every define module calls; named apart from them, as package.json "sideEffects" marks every
// src/elements/*/define.ts (and dist/lib/elements/*/define.js) as a module that registers a tag.
/**
 * Registers custom elements without ever throwing: the kit's script may be pasted twice on a page, or a page
 * may already have another copy. An existing definition is kept, and one warning (per page) says so.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const taken: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, element);
    else if (existing !== element) taken.push(tag);
  }
  const flag = Symbol.for('cmhw-widgets.warned-double-definition');
  const page = globalThis as unknown as Record<symbol, boolean>;
  if (taken.length > 0 && !page[flag]) {
    page[flag] = true;
    console.warn(
      `cmhw-widgets: <${taken.join('>, <')}> already defined on this page (is the script included twice?). Keeping the first definition.`,
    );
  }
}
