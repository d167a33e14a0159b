/*
 * The blocks in the editor: each shows the real element, live, in the editor's canvas, and the sidebar sets its
 * attributes. Plain JavaScript on WordPress's globals (wp.blocks, wp.element…), so it needs no bundler and runs in
 * WordPress 6.1 (see the README: why not @wordpress/scripts). The blocks' names, titles, keywords and attributes
 * come from their block.json files, which WordPress passes to the editor.
 */
(function (wp, data) {
  'use strict';

  const { createElement: el, Fragment, useEffect, useRef, useState } = wp.element;
  const { registerBlockType } = wp.blocks;
  const { ContrastChecker, InspectorControls, InnerBlocks, PanelColorSettings, PlainText, useBlockProps } = wp.blockEditor;
  const { Button, ButtonGroup, Notice, PanelBody, RangeControl, SelectControl, TextControl, ToggleControl } = wp.components;
  const { useSelect } = wp.data;
  const { __, sprintf } = wp.i18n;

  const OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const EDITIONS = data.editions;
  const COLORS = [
    ['accent', '--cmhw-accent', __('Accent (buttons, number boxes)', 'cmhw-widgets')],
    ['onAccent', '--cmhw-on-accent', __('Text on the accent', 'cmhw-widgets')],
    ['surface', '--cmhw-surface', __('Background', 'cmhw-widgets')],
    ['text', '--cmhw-text', __('Text', 'cmhw-widgets')],
    ['link', '--cmhw-link-color', __('Links', 'cmhw-widgets')],
    ['focus', '--cmhw-focus-color', __('Keyboard focus ring', 'cmhw-widgets')],
  ];
  const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
  const PRESET = /^var:preset\|color\|([a-z0-9-]+)$/;

  // ---- The week, resolved as the element and the PHP render resolve it (includes/render.php) ----

  function validDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
    if (!m) return null;
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3] ? value : null;
  }

  function addDays(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  }

  // `latest`: the newest edition this plugin carries (each plugin update brings the kit's newest), as the element reads it.
  const NEWEST = EDITIONS.reduce((newest, edition) => (edition.year > newest.year ? edition : newest), EDITIONS[0]);

  function editionOf(year) {
    if (year === 'latest') return NEWEST;
    return EDITIONS.find((edition) => String(edition.year) === String(year)) || EDITIONS.find((e) => e.year === 2023);
  }

  function resolveWeek(attributes) {
    const edition = editionOf(attributes.edition);
    const length = Math.round((Date.parse(edition.end) - Date.parse(edition.start)) / 86400000);
    let start = validDate(attributes.start);
    let end = validDate(attributes.end);
    if (start && end && end < start) start = end = null;
    const custom = { start, end };
    if (start && !end) end = addDays(start, length);
    else if (end && !start) start = addDays(end, -length);
    else if (!start) {
      start = edition.start;
      end = edition.end;
    }
    const latest = attributes.edition === 'latest';
    // With `latest` and the edition's own dates, the saved fallback names no dates: the newest week moves on.
    return {
      edition: latest ? 'latest' : String(edition.year),
      theme: edition.theme,
      start,
      end,
      custom,
      evergreen: latest && !custom.start && !custom.end,
    };
  }

  /** "6–12 February 2023", as the PHP render writes it (cmhw_widgets_format_range). */
  function formatRange(start, end) {
    const [sy, sm, sd] = start.split('-').map(Number);
    const [ey, em, ed] = end.split('-').map(Number);
    if (start === end) return `${sd} ${MONTHS[sm - 1]} ${sy}`;
    if (sy === ey && sm === em) return `${sd}–${ed} ${MONTHS[em - 1]} ${ey}`;
    if (sy === ey) return `${sd} ${MONTHS[sm - 1]} – ${ed} ${MONTHS[em - 1]} ${ey}`;
    return `${sd} ${MONTHS[sm - 1]} ${sy} – ${ed} ${MONTHS[em - 1]} ${ey}`;
  }

  function httpUrl(value) {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
    } catch {
      return null;
    }
  }

  // ---- What is saved in the post: the fallback that stays if the plugin is deactivated ----

  /** The official site's link and the week's dates (British English, marked so; see render.php). */
  function fallbackParagraph(attributes) {
    const week = resolveWeek(attributes);
    return el(
      'p',
      { lang: 'en-GB' },
      el('a', { href: OFFICIAL_SITE }, "Children's Mental Health Week"),
      week.evergreen ? '' : ': ' + formatRange(week.start, week.end),
    );
  }

  // ---- The live element in the canvas ----

  /**
   * Loads the kit into the document that holds the block: the editor page in WordPress 6.1, or the canvas's
   * iframe in newer WordPress and in the site editor, whose documents do not share the page's custom elements.
   */
  function useKit(ref) {
    useEffect(() => {
      const doc = ref.current && ref.current.ownerDocument;
      if (!doc || doc.querySelector('script[data-cmhw-widgets]')) return;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = data.kitUrl;
      script.setAttribute('data-cmhw-widgets', '');
      (doc.head || doc.body).appendChild(script);
    });
  }

  function colorCss(stored) {
    if (typeof stored !== 'string') return null;
    const preset = PRESET.exec(stored);
    if (preset) return `var(--wp--preset--color--${preset[1]})`;
    return HEX.test(stored) ? stored : null;
  }

  /** The shared attributes as the element's; `now` only here, in the editor, never in what is saved. */
  function sharedProps(attributes, now) {
    const week = resolveWeek(attributes);
    const props = { edition: week.edition };
    if (week.custom.start) props.start = week.custom.start;
    if (week.custom.end) props.end = week.custom.end;
    // The published page takes the site's language from <html lang>; the editor page's is the user's admin
    // language, so the preview is told the site's.
    props.lang = attributes.lang || data.siteLanguage || undefined;
    const style = {};
    for (const [key, property] of COLORS) {
      const css = colorCss((attributes.colors || {})[key]);
      if (css) style[property] = css;
    }
    props.style = style;
    if (now) props.now = `${now}T12:00`;
    return props;
  }

  // ---- The sidebar ----

  /** Every colour of the palettes the editor offers (theme, default, custom), to store a palette colour by slug. */
  function usePalette() {
    const useSetting = wp.blockEditor.useSetting;
    const lists = [
      useSetting('color.palette.custom'),
      useSetting('color.palette.theme'),
      useSetting('color.palette.default'),
      useSetting('color.palette'),
    ];
    return lists.filter(Array.isArray).flat();
  }

  function ColorsPanel({ attributes, setAttributes }) {
    const palette = usePalette();
    const colors = attributes.colors || {};
    const toHex = (stored) => {
      const preset = PRESET.exec(stored || '');
      if (!preset) return stored || undefined;
      const entry = palette.find((color) => color.slug === preset[1]);
      return entry ? entry.color : undefined;
    };
    // A colour of the theme's palette is stored as a reference to it (as WordPress stores palette colours), so
    // the widget follows the theme if the theme's colour changes; any other colour as its hex value.
    const toStored = (hex) => {
      if (!hex) return undefined;
      const entry = palette.find((color) => String(color.color).toLowerCase() === String(hex).toLowerCase());
      if (entry && /^[a-z0-9-]+$/.test(entry.slug)) return `var:preset|color|${entry.slug}`;
      return HEX.test(hex) ? hex : undefined;
    };
    // WordPress's own contrast warning for the two pairs a visitor reads: text on the surface and on the accent
    // (the widgets' defaults where a colour is not set).
    const shown = (key, fallback) => toHex(colors[key]) || fallback;
    return el(
      PanelColorSettings,
      {
        title: __('Colours', 'cmhw-widgets'),
        initialOpen: false,
        colorSettings: COLORS.map(([key, , label]) => ({
          label,
          value: toHex(colors[key]),
          onChange: (hex) => {
            const next = { ...colors, [key]: toStored(hex) };
            if (!next[key]) delete next[key];
            setAttributes({ colors: next });
          },
        })),
      },
      el(ContrastChecker, { backgroundColor: shown('surface', '#ffffff'), textColor: shown('text', '#1d1d1f') }),
      el(ContrastChecker, { backgroundColor: shown('accent', '#5c2d91'), textColor: shown('onAccent', '#ffffff') }),
    );
  }

  function WeekPanel({ attributes, setAttributes }) {
    const [ownDates, setOwnDates] = useState(Boolean(attributes.start || attributes.end));
    const start = attributes.start || '';
    const end = attributes.end || '';
    return el(
      PanelBody,
      { title: __('Week', 'cmhw-widgets') },
      el(SelectControl, {
        label: __('Edition', 'cmhw-widgets'),
        value: attributes.edition || '2023',
        options: [
          ...EDITIONS.map((edition) => ({
            value: String(edition.year),
            label: `${edition.year}: ${edition.theme} (${formatRange(edition.start, edition.end)})`,
          })),
          {
            value: 'latest',
            // translators: %s: the year of the newest edition the plugin knows.
            label: sprintf(__('Newest known week (%s in this version of the plugin)', 'cmhw-widgets'), NEWEST.year),
          },
        ],
        onChange: (edition) => setAttributes({ edition }),
        help:
          (attributes.edition || '2023') === 'latest'
            ? __(
                'Follows each update of this plugin. After the newest known week, the widget says the next one comes in February, without guessing its dates.',
                'cmhw-widgets',
              )
            : undefined,
      }),
      el(ToggleControl, {
        label: __("Use our school's own dates", 'cmhw-widgets'),
        help: __('For a school that marks the week on other days. The theme stays the edition’s.', 'cmhw-widgets'),
        checked: ownDates,
        onChange: (on) => {
          setOwnDates(on);
          if (!on) setAttributes({ start: '', end: '' });
        },
      }),
      ownDates &&
        el(
          Fragment,
          null,
          el(TextControl, {
            type: 'date',
            label: __('First day', 'cmhw-widgets'),
            value: start,
            onChange: (value) => setAttributes({ start: value }),
          }),
          el(TextControl, {
            type: 'date',
            label: __('Last day', 'cmhw-widgets'),
            help: __('UK dates: the week starts and ends at midnight UK time for every visitor.', 'cmhw-widgets'),
            value: end,
            onChange: (value) => setAttributes({ end: value }),
          }),
          validDate(start) &&
            validDate(end) &&
            end < start &&
            el(
              Notice,
              { status: 'warning', isDismissible: false },
              __('The last day is before the first day, so the edition’s dates are used.', 'cmhw-widgets'),
            ),
        ),
    );
  }

  function LanguagePanel({ attributes, setAttributes }) {
    return el(
      PanelBody,
      { title: __('Language', 'cmhw-widgets'), initialOpen: false },
      el(SelectControl, {
        label: __('Language', 'cmhw-widgets'),
        value: attributes.lang || '',
        options: [
          // translators: %s: the site's language tag, such as en-GB.
          { value: '', label: sprintf(__('The site’s language (%s)', 'cmhw-widgets'), data.siteLanguage) },
          { value: 'en-GB', label: 'English (UK)' },
          { value: 'cy', label: 'Cymraeg (Welsh)' },
          { value: 'pl', label: 'Polski (Polish)' },
          { value: 'ur', label: 'اردو (Urdu)' },
        ],
        help: __('A language the widgets do not speak shows British English.', 'cmhw-widgets'),
        onChange: (lang) => setAttributes({ lang }),
      }),
    );
  }

  /** "Preview on a day": sets the element's `now` in the editor only; it is state here, never an attribute. */
  function PreviewPanel({ attributes, now, setNow }) {
    const week = resolveWeek(attributes);
    const day = (label, value) =>
      el(Button, { variant: 'secondary', isPressed: now === value, onClick: () => setNow(value) }, label);
    return el(
      PanelBody,
      { title: __('Preview', 'cmhw-widgets') },
      el(TextControl, {
        type: 'date',
        label: __('Preview on a day', 'cmhw-widgets'),
        help: __(
          'Shows the widget as visitors will see it at noon (UK time) that day. Only in the editor: never saved.',
          'cmhw-widgets',
        ),
        value: now,
        onChange: (value) => setNow(validDate(value) ? value : ''),
      }),
      el(
        ButtonGroup,
        { 'aria-label': __('Preview days', 'cmhw-widgets') },
        day(__('Before', 'cmhw-widgets'), addDays(week.start, -10)),
        day(__('During', 'cmhw-widgets'), addDays(week.start, 2)),
        day(__('After', 'cmhw-widgets'), addDays(week.end, 1)),
        el(Button, { variant: 'tertiary', onClick: () => setNow('') }, __('Today', 'cmhw-widgets')),
      ),
    );
  }

  function PreviewNote({ now }) {
    if (!now) return null;
    // translators: %s: a date.
    return el(
      'p',
      { className: 'cmhw-preview-note' },
      sprintf(__('Preview on %s (editor only)', 'cmhw-widgets'), formatRange(now, now)),
    );
  }

  /** A block's editor: the sidebar, and the live element with the given attributes and light DOM. */
  function useWidgetEdit(props, tag, ownProps, ownPanel, children) {
    const { attributes, setAttributes } = props;
    const [now, setNow] = useState('');
    const ref = useRef();
    useKit(ref);
    // In the editor, the banner's close button must not hide the banner: the dismissal would be remembered in
    // this browser and leave an empty block. The event is cancelable, so the editor cancels it.
    useEffect(() => {
      const node = ref.current;
      if (!node) return undefined;
      const keep = (event) => event.preventDefault();
      node.addEventListener('cmhw-dismiss', keep);
      return () => node.removeEventListener('cmhw-dismiss', keep);
    }, []);
    const blockProps = useBlockProps({ ref });
    return {
      blockProps,
      inspector: el(
        InspectorControls,
        null,
        ownPanel,
        el(WeekPanel, { attributes, setAttributes }),
        el(LanguagePanel, { attributes, setAttributes }),
        el(ColorsPanel, { attributes, setAttributes }),
        el(PreviewPanel, { attributes, now, setNow }),
      ),
      note: el(PreviewNote, { now }),
      element: el(tag, { ...sharedProps(attributes, now), ...ownProps }, children),
    };
  }

  // ---- The blocks ----

  registerBlockType('cmhw/countdown', {
    edit(props) {
      const { attributes, setAttributes } = props;
      const panel = el(
        PanelBody,
        { title: __('Countdown', 'cmhw-widgets') },
        el(SelectControl, {
          label: __('Smallest unit shown', 'cmhw-widgets'),
          value: attributes.precision,
          options: [
            { value: 'day', label: __('Days', 'cmhw-widgets') },
            { value: 'hour', label: __('Hours', 'cmhw-widgets') },
            { value: 'minute', label: __('Minutes', 'cmhw-widgets') },
            { value: 'second', label: __('Seconds (with a pause button)', 'cmhw-widgets') },
          ],
          onChange: (precision) => setAttributes({ precision }),
        }),
      );
      const edit = useWidgetEdit(props, 'cmhw-countdown', { precision: attributes.precision }, panel);
      return el(Fragment, null, edit.inspector, el('div', edit.blockProps, edit.note, edit.element));
    },
    save({ attributes }) {
      return el('div', useBlockProps.save(), fallbackParagraph(attributes));
    },
  });

  registerBlockType('cmhw/tip-card', {
    edit(props) {
      const { attributes, setAttributes, clientId } = props;
      const tips = useSelect(
        (select) =>
          select('core/block-editor')
            .getBlocks(clientId)
            .filter((block) => block.name === 'cmhw/tip')
            .map((block) => ({ title: block.attributes.title || '', text: block.attributes.text || '' }))
            .filter((tip) => tip.title.trim() || tip.text.trim()),
        [clientId],
      );
      const rotate = attributes.mode !== 'daily';
      const panel = el(
        PanelBody,
        { title: __('Tips', 'cmhw-widgets') },
        el(SelectControl, {
          label: __('Show', 'cmhw-widgets'),
          value: attributes.mode,
          options: [
            { value: 'rotate', label: __('One tip after another (visitors can pause)', 'cmhw-widgets') },
            { value: 'daily', label: __('One tip a day, without motion', 'cmhw-widgets') },
          ],
          onChange: (mode) => setAttributes({ mode }),
        }),
        rotate &&
          el(RangeControl, {
            label: __('Seconds between tips', 'cmhw-widgets'),
            help: __(
              'From 5 to 120. Reset: the widget’s own pace (30 seconds), calm enough to read a tip in any of its languages.',
              'cmhw-widgets',
            ),
            min: 5,
            max: 120,
            initialPosition: 30,
            allowReset: true,
            value: attributes.interval,
            onChange: (interval) => setAttributes({ interval: typeof interval === 'number' ? interval : undefined }),
          }),
      );
      // The partner's tips as the element's light-DOM list, which it reads (and follows) as text.
      const list =
        tips.length > 0
          ? el(
              'ul',
              null,
              tips.map((tip, i) => el('li', { key: i }, el('h3', null, tip.title), el('p', null, tip.text))),
            )
          : null;
      const edit = useWidgetEdit(
        props,
        'cmhw-tip-card',
        { mode: attributes.mode, interval: rotate && attributes.interval ? String(attributes.interval) : undefined },
        panel,
        list,
      );
      return el(
        Fragment,
        null,
        edit.inspector,
        el(
          'div',
          edit.blockProps,
          edit.note,
          edit.element,
          el(
            'div',
            { className: 'cmhw-tips-editor' },
            el(
              'p',
              { className: 'cmhw-tips-editor__label' },
              __('Your own tips (optional): with any here, the card shows them instead of the edition’s.', 'cmhw-widgets'),
            ),
            el(InnerBlocks, { allowedBlocks: ['cmhw/tip'], renderAppender: InnerBlocks.ButtonBlockAppender }),
          ),
        ),
      );
    },
    save({ attributes, innerBlocks }) {
      const hasTips = !innerBlocks || innerBlocks.length > 0;
      return el(
        'div',
        useBlockProps.save(),
        hasTips ? el('ul', null, el(InnerBlocks.Content)) : null,
        fallbackParagraph(attributes),
      );
    },
  });

  registerBlockType('cmhw/tip', {
    edit({ attributes, setAttributes }) {
      return el(
        'div',
        useBlockProps({ className: 'cmhw-tip-editor' }),
        el(PlainText, {
          className: 'cmhw-tip-editor__title',
          value: attributes.title,
          placeholder: __('Tip heading', 'cmhw-widgets'),
          'aria-label': __('Tip heading', 'cmhw-widgets'),
          onChange: (title) => setAttributes({ title }),
        }),
        el(PlainText, {
          className: 'cmhw-tip-editor__text',
          value: attributes.text,
          placeholder: __('Tip text', 'cmhw-widgets'),
          'aria-label': __('Tip text', 'cmhw-widgets'),
          onChange: (text) => setAttributes({ text }),
        }),
      );
    },
    // A list item of the card's light-DOM list (plain text: React escapes it).
    save({ attributes }) {
      return el('li', useBlockProps.save(), el('h3', null, attributes.title), el('p', null, attributes.text));
    },
  });

  registerBlockType('cmhw/banner', {
    edit(props) {
      const { attributes, setAttributes } = props;
      const [before, after] = (attributes.showWindow || '').split(' ');
      const setWindow = (nextBefore, nextAfter) => {
        // Whole days, 0 to 366 each (what the element accepts); anything else is left empty.
        const days = (value) => (/^\d{1,3}$/.test(value) && Number(value) <= 366 ? String(Number(value)) : '');
        const b = days(nextBefore);
        const a = days(nextAfter);
        setAttributes({ showWindow: b || a ? (b || '0') + (a ? ` ${a}` : '') : '' });
      };
      const hrefOk = !attributes.href || httpUrl(attributes.href);
      const panel = el(
        PanelBody,
        { title: __('Banner', 'cmhw-widgets') },
        el(ToggleControl, {
          label: __('Visitors can dismiss it', 'cmhw-widgets'),
          checked: Boolean(attributes.dismissible),
          onChange: (dismissible) => setAttributes({ dismissible }),
        }),
        el(SelectControl, {
          label: __('Heading level', 'cmhw-widgets'),
          help: __('Fit it into the page’s outline: 2 under the page’s title.', 'cmhw-widgets'),
          value: String(attributes.headingLevel || 2),
          options: [2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: `H${level}` })),
          onChange: (level) => setAttributes({ headingLevel: Number(level) }),
        }),
        el(TextControl, {
          type: 'url',
          label: __('Resources link', 'cmhw-widgets'),
          help: __('An http(s) address. Empty: the official site’s free resources.', 'cmhw-widgets'),
          value: attributes.href || '',
          onChange: (href) => setAttributes({ href }),
        }),
        !hrefOk &&
          el(
            Notice,
            { status: 'warning', isDismissible: false },
            __('Only http(s) addresses are linked; the official site is used instead.', 'cmhw-widgets'),
          ),
        el(TextControl, {
          type: 'number',
          min: 0,
          max: 366,
          label: __('Show from this many days before the week', 'cmhw-widgets'),
          help: __('Empty: always shown.', 'cmhw-widgets'),
          value: before || '',
          onChange: (value) => setWindow(value, after || ''),
        }),
        el(TextControl, {
          type: 'number',
          min: 0,
          max: 366,
          label: __('…until this many days after it', 'cmhw-widgets'),
          help: __('Empty: until the week ends.', 'cmhw-widgets'),
          value: after || '',
          onChange: (value) => setWindow(before || '', value),
        }),
      );
      const own = {
        dismissible: attributes.dismissible ? '' : undefined,
        'heading-level': String(attributes.headingLevel || 2),
        href: attributes.href && httpUrl(attributes.href) ? attributes.href : undefined,
        'show-window': attributes.showWindow || undefined,
      };
      const edit = useWidgetEdit(props, 'cmhw-banner', own, panel);
      // Outside its show window the banner takes no room, here too: say so, or the block would look empty.
      const windowNote =
        /^\d{1,3}( \d{1,3})?$/.test(attributes.showWindow || '') &&
        el(
          'p',
          { className: 'cmhw-preview-note' },
          after
            ? // translators: 1: days before the week, 2: days after it.
              sprintf(
                __(
                  'Shown from %1$s days before the week until %2$s days after it; on other days it takes no room. Use “Preview on a day” to see it.',
                  'cmhw-widgets',
                ),
                before || '0',
                after,
              )
            : // translators: %s: days before the week.
              sprintf(
                __(
                  'Shown from %s days before the week until it ends; on other days it takes no room. Use “Preview on a day” to see it.',
                  'cmhw-widgets',
                ),
                before || '0',
              ),
        );
      return el(Fragment, null, edit.inspector, el('div', edit.blockProps, windowNote, edit.note, edit.element));
    },
    save({ attributes }) {
      const href = attributes.href && httpUrl(attributes.href);
      return el(
        'div',
        useBlockProps.save(),
        fallbackParagraph(attributes),
        href ? el('p', { lang: 'en-GB' }, el('a', { href }, 'Free resources for the week')) : null,
      );
    },
  });
})(window.wp, window.cmhwWidgetsEditor);
