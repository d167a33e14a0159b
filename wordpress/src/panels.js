/**
 * The sidebar's panels every block shares: the week, the language, the colours and "Preview on a day".
 */
import { __, sprintf } from '@wordpress/i18n';
import { ContrastChecker, PanelColorSettings, useSettings } from '@wordpress/block-editor';
import { Button, Notice, PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { dateI18n } from '@wordpress/date';
import { useState } from '@wordpress/element';
import { EDITIONS, SITE_LANGUAGE } from './data.js';
import { addDays, isHex, presetSlug, resolveWeek, validDate } from './week.js';

/** The colour settings, the element's custom property each sets, and its label. */
export const COLORS = [
  ['accent', '--cmhw-accent', __('Accent (buttons, number boxes)', 'cmhw-widgets')],
  ['onAccent', '--cmhw-on-accent', __('Text on the accent', 'cmhw-widgets')],
  ['surface', '--cmhw-surface', __('Background', 'cmhw-widgets')],
  ['text', '--cmhw-text', __('Text', 'cmhw-widgets')],
  ['link', '--cmhw-link-color', __('Links', 'cmhw-widgets')],
  ['focus', '--cmhw-focus-color', __('Keyboard focus ring', 'cmhw-widgets')],
];

/**
 * A date in the site's language, as WordPress writes dates in its own screens ("6 February 2023", "6 Chwefror 2023").
 *
 * @param {string} date A date `YYYY-MM-DD`.
 * @return {string} The date.
 */
export const siteDate = (date) => dateI18n('j F Y', `${date}T12:00:00`);

/**
 * @param {string} start First day.
 * @param {string} end   Last day.
 * @return {string} The range in the site's language.
 */
const siteRange = (start, end) =>
  /* translators: 1: the first day of the week, 2: its last day (dates in the site's language). */
  sprintf(__('%1$s to %2$s', 'cmhw-widgets'), siteDate(start), siteDate(end));

export function WeekPanel({ attributes, setAttributes }) {
  const [ownDates, setOwnDates] = useState(Boolean(attributes.start || attributes.end));
  const start = attributes.start || '';
  const end = attributes.end || '';
  const edition = attributes.edition || '2023';
  return (
    <PanelBody title={__('Week', 'cmhw-widgets')}>
      <SelectControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        label={__('Edition', 'cmhw-widgets')}
        value={edition}
        options={[
          {
            value: 'latest',
            label: sprintf(
              /* translators: %s: the year of the newest edition the plugin knows. */
              __('Newest known week (%s in this version of the plugin)', 'cmhw-widgets'),
              EDITIONS.newest.year,
            ),
          },
          ...EDITIONS.list.map((e) => ({
            value: String(e.year),
            label: `${e.year}: ${e.theme} (${siteRange(e.start, e.end)})`,
          })),
        ]}
        onChange={(value) => setAttributes({ edition: value })}
        help={
          edition === 'latest'
            ? __(
                'Follows each update of this plugin. After the newest known week, the widget says the next one comes in February, without guessing its dates.',
                'cmhw-widgets',
              )
            : undefined
        }
      />
      <ToggleControl
        __nextHasNoMarginBottom
        label={__('Use our school’s own dates', 'cmhw-widgets')}
        help={__('For a school that marks the week on other days. The theme stays the edition’s.', 'cmhw-widgets')}
        checked={ownDates}
        onChange={(on) => {
          setOwnDates(on);
          if (!on) {
            setAttributes({ start: '', end: '' });
          }
        }}
      />
      {ownDates && (
        <>
          <TextControl
            __next40pxDefaultSize
            __nextHasNoMarginBottom
            type="date"
            label={__('First day', 'cmhw-widgets')}
            value={start}
            onChange={(value) => setAttributes({ start: value })}
          />
          <TextControl
            __next40pxDefaultSize
            __nextHasNoMarginBottom
            type="date"
            label={__('Last day', 'cmhw-widgets')}
            help={__('UK dates: the week starts and ends at midnight UK time for every visitor.', 'cmhw-widgets')}
            value={end}
            onChange={(value) => setAttributes({ end: value })}
          />
          {validDate(start) && validDate(end) && end < start && (
            <Notice status="warning" isDismissible={false}>
              {__('The last day is before the first day, so the edition’s dates are used.', 'cmhw-widgets')}
            </Notice>
          )}
        </>
      )}
    </PanelBody>
  );
}

export function LanguagePanel({ attributes, setAttributes }) {
  // Each language's own name, then its name in the editor's language.
  const named = (own, translated) => `${own} (${translated})`;
  return (
    <PanelBody title={__('Language', 'cmhw-widgets')} initialOpen={false}>
      <SelectControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        label={__('Language', 'cmhw-widgets')}
        value={attributes.lang || ''}
        options={[
          {
            value: '',
            /* translators: %s: the site's language tag, such as en-GB. */
            label: sprintf(__('The site’s language (%s)', 'cmhw-widgets'), SITE_LANGUAGE),
          },
          { value: 'en-GB', label: named('English (UK)', __('British English', 'cmhw-widgets')) },
          { value: 'cy', label: named('Cymraeg', __('Welsh', 'cmhw-widgets')) },
          { value: 'pl', label: named('Polski', __('Polish', 'cmhw-widgets')) },
          { value: 'ur', label: named('اردو', __('Urdu', 'cmhw-widgets')) },
        ]}
        help={__('A language the widgets do not speak shows British English.', 'cmhw-widgets')}
        onChange={(lang) => setAttributes({ lang })}
      />
    </PanelBody>
  );
}

export function ColorsPanel({ attributes, setAttributes }) {
  const lists = useSettings('color.palette.custom', 'color.palette.theme', 'color.palette.default');
  const palette = lists.filter(Array.isArray).flat();
  const colors = attributes.colors || {};
  const toHex = (stored) => {
    const slug = presetSlug(stored);
    if (!slug) {
      return stored || undefined;
    }
    const entry = palette.find((color) => color.slug === slug);
    return entry ? entry.color : undefined;
  };
  // A colour of the theme's palette is stored as a reference to it (as WordPress stores palette colours), so the
  // widget follows the theme if the theme's colour changes; any other colour as its hex value.
  const toStored = (hex) => {
    if (!hex) {
      return undefined;
    }
    const entry = palette.find((color) => String(color.color).toLowerCase() === String(hex).toLowerCase());
    if (entry && /^[a-z0-9-]+$/.test(entry.slug)) {
      return `var:preset|color|${entry.slug}`;
    }
    return isHex(hex) ? hex : undefined;
  };
  // WordPress's own contrast warning for the two pairs a visitor reads: text on the surface and on the accent
  // (the widgets' defaults where a colour is not set).
  const shown = (key, fallback) => toHex(colors[key]) || fallback;
  return (
    <PanelColorSettings
      title={__('Colours', 'cmhw-widgets')}
      initialOpen={false}
      colorSettings={COLORS.map(([key, , label]) => ({
        label,
        value: toHex(colors[key]),
        onChange: (hex) => {
          const next = { ...colors, [key]: toStored(hex) };
          if (!next[key]) {
            delete next[key];
          }
          setAttributes({ colors: next });
        },
      }))}
    >
      <ContrastChecker backgroundColor={shown('surface', '#ffffff')} textColor={shown('text', '#1d1d1f')} />
      <ContrastChecker backgroundColor={shown('accent', '#5c2d91')} textColor={shown('onAccent', '#ffffff')} />
    </PanelColorSettings>
  );
}

/**
 * "Preview on a day": sets the element's `now` in the editor only; it is state here, never an attribute.
 *
 * @param {Object}   props
 * @param {Object}   props.attributes The block's attributes.
 * @param {string}   props.now        The day previewed, or ''.
 * @param {Function} props.setNow     Sets it.
 */
export function PreviewPanel({ attributes, now, setNow }) {
  const week = resolveWeek(EDITIONS, attributes);
  const day = (label, value) => (
    <Button variant="secondary" size="compact" isPressed={now === value} onClick={() => setNow(value)}>
      {label}
    </Button>
  );
  return (
    <PanelBody title={__('Preview', 'cmhw-widgets')}>
      <TextControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        type="date"
        label={__('Preview on a day', 'cmhw-widgets')}
        help={__(
          'Shows the widget as visitors will see it at noon (UK time) that day. Only in the editor: never saved.',
          'cmhw-widgets',
        )}
        value={now}
        onChange={(value) => setNow(validDate(value) ? value : '')}
      />
      <div className="cmhw-preview-days" role="group" aria-label={__('Preview days', 'cmhw-widgets')}>
        {day(__('Before', 'cmhw-widgets'), addDays(week.start, -10))}
        {day(__('During', 'cmhw-widgets'), addDays(week.start, 2))}
        {day(__('After', 'cmhw-widgets'), addDays(week.end, 1))}
        <Button variant="tertiary" size="compact" onClick={() => setNow('')}>
          {__('Today', 'cmhw-widgets')}
        </Button>
      </div>
    </PanelBody>
  );
}

export function PreviewNote({ now }) {
  if (!now) {
    return null;
  }
  return (
    <p className="cmhw-preview-note">
      {
        /* translators: %s: a date. */
        sprintf(__('Preview on %s (editor only)', 'cmhw-widgets'), siteDate(now))
      }
    </p>
  );
}
