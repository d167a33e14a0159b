/**
 * What every block's editor shares: the live element in the canvas (the kit loaded into the canvas's own
 * document) and the sidebar's shared panels.
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { useEffect, useLayoutEffect, useRef, useState } from '@wordpress/element';
import { EDITIONS, KIT_URL, SITE_LANGUAGE } from './data.js';
import { COLORS, ColorsPanel, LanguagePanel, PreviewNote, PreviewPanel, WeekPanel } from './panels.js';
import { colorCss, resolveWeek } from './week.js';

/**
 * Loads the kit into the document that holds the block: the editor canvas is an iframe (always from
 * WordPress 7.1, and for Block API 3 blocks before it), whose document does not share the page's custom elements.
 *
 * @param {Object} ref A ref to a node in the canvas.
 */
function useKit(ref) {
  useEffect(() => {
    const doc = ref.current && ref.current.ownerDocument;
    if (!doc || !KIT_URL || doc.querySelector('script[data-cmhw-widgets]')) {
      return;
    }
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = KIT_URL;
    script.setAttribute('data-cmhw-widgets', '');
    (doc.head || doc.body).appendChild(script);
  });
}

/**
 * Keeps an element's attributes equal to `attributes` (null or undefined: absent; true: present and empty).
 * Set as attributes, never as properties, so React 18 and 19 give the element the same thing, and what the
 * editor shows is what the published page's HTML says.
 *
 * @param {Object} ref        A ref to the element.
 * @param {Object} attributes Name => value.
 */
function useElementAttributes(ref, attributes) {
  const key = JSON.stringify(attributes);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) {
      return;
    }
    const wanted = JSON.parse(key);
    for (const { name } of [...element.attributes]) {
      // `phase` is the element's own (read only); the rest are ours.
      if (name !== 'phase' && !(name in wanted)) {
        element.removeAttribute(name);
      }
    }
    for (const [name, value] of Object.entries(wanted)) {
      if (value === null || value === undefined || value === false) {
        element.removeAttribute(name);
      } else {
        element.setAttribute(name, value === true ? '' : String(value));
      }
    }
  }, [ref, key]);
}

/**
 * The attributes all three elements share, as the element's; `now` only here, in the editor, never saved.
 *
 * @param {Object} attributes The block's attributes.
 * @param {string} now        The preview's day, or ''.
 * @return {Object} Attribute name => value.
 */
function sharedAttributes(attributes, now) {
  const week = resolveWeek(EDITIONS, attributes);
  const style = COLORS.map(([key, property]) => [property, colorCss((attributes.colors || {})[key])])
    .filter(([, css]) => css)
    .map(([property, css]) => `${property}: ${css}`)
    .join('; ');
  return {
    edition: week.edition,
    start: week.custom.start,
    end: week.custom.end,
    // The published page takes the site's language from <html lang>; the editor's page has the user's own
    // language, so the preview is told the site's.
    lang: attributes.lang || SITE_LANGUAGE || null,
    style: style || null,
    now: now ? `${now}T12:00` : null,
  };
}

/**
 * A block's editor: the sidebar (its own panel first, then the shared ones), a note when a day is previewed,
 * and the live element.
 *
 * @param {Object}           props        The block's edit props.
 * @param {string}           tag          The element's tag.
 * @param {Object}           own          The block's own attributes for the element.
 * @param {Element}          ownPanel     The block's own panel.
 * @param {Element|null}     children     The element's light DOM.
 * @param {Object|undefined} blockOptions Extra props for the block's wrapper.
 */
export function useWidgetEdit(props, tag, own, ownPanel, children = null, blockOptions = {}) {
  const { attributes, setAttributes } = props;
  const [now, setNow] = useState('');
  const wrapper = useRef();
  const element = useRef();
  useKit(wrapper);
  useElementAttributes(element, { ...sharedAttributes(attributes, now), ...own });
  // In the editor, the banner's close button must not hide the banner: the dismissal would be remembered in this
  // browser and leave an empty block. The event is cancelable, so the editor cancels it.
  useEffect(() => {
    const node = element.current;
    if (!node) {
      return undefined;
    }
    const keep = (event) => event.preventDefault();
    node.addEventListener('cmhw-dismiss', keep);
    return () => node.removeEventListener('cmhw-dismiss', keep);
  }, []);
  const Tag = tag;
  return {
    blockProps: useBlockProps({ ref: wrapper, ...blockOptions }),
    inspector: (
      <InspectorControls>
        {ownPanel}
        <WeekPanel attributes={attributes} setAttributes={setAttributes} />
        <LanguagePanel attributes={attributes} setAttributes={setAttributes} />
        <ColorsPanel attributes={attributes} setAttributes={setAttributes} />
        <PreviewPanel attributes={attributes} now={now} setNow={setNow} />
      </InspectorControls>
    ),
    note: <PreviewNote now={now} />,
    element: <Tag ref={element}>{children}</Tag>,
  };
}
