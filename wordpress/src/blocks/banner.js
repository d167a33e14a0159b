import { registerBlockType } from '@wordpress/blocks';
import { useBlockProps } from '@wordpress/block-editor';
import { Notice, PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { useWidgetEdit } from '../edit.js';
import { FallbackParagraph } from '../fallback.js';
import { httpUrl } from '../week.js';

/**
 * @param {string} value Days typed in the sidebar.
 * @return {string} Whole days, 0 to 366 (what the element accepts), or ''.
 */
const days = (value) => (/^\d{1,3}$/.test(value) && Number(value) <= 366 ? String(Number(value)) : '');

function WindowNote({ showWindow }) {
  if (!/^\d{1,3}( \d{1,3})?$/.test(showWindow || '')) {
    return null;
  }
  const [before, after] = showWindow.split(' ');
  // Outside its show window the banner takes no room, here too: say so, or the block would look empty.
  return (
    <p className="cmhw-preview-note">
      {after
        ? sprintf(
            /* translators: 1: days before the week, 2: days after it. */
            __(
              'Shown from %1$s days before the week until %2$s days after it; on other days it takes no room. Use “Preview on a day” to see it.',
              'cmhw-widgets',
            ),
            before,
            after,
          )
        : sprintf(
            /* translators: %s: days before the week. */
            __(
              'Shown from %s days before the week until it ends; on other days it takes no room. Use “Preview on a day” to see it.',
              'cmhw-widgets',
            ),
            before,
          )}
    </p>
  );
}

function Edit(props) {
  const { attributes, setAttributes } = props;
  const [before = '', after = ''] = (attributes.showWindow || '').split(' ');
  const setWindow = (nextBefore, nextAfter) => {
    const b = days(nextBefore);
    const a = days(nextAfter);
    setAttributes({ showWindow: b || a ? (b || '0') + (a ? ` ${a}` : '') : '' });
  };
  const hrefOk = !attributes.href || httpUrl(attributes.href);
  const panel = (
    <PanelBody title={__('Banner', 'cmhw-widgets')}>
      <ToggleControl
        __nextHasNoMarginBottom
        label={__('Visitors can dismiss it', 'cmhw-widgets')}
        checked={Boolean(attributes.dismissible)}
        onChange={(dismissible) => setAttributes({ dismissible })}
      />
      <SelectControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        label={__('Heading level', 'cmhw-widgets')}
        help={__('Fit it into the page’s outline: 2 under the page’s title.', 'cmhw-widgets')}
        value={String(attributes.headingLevel || 2)}
        options={[2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: `H${level}` }))}
        onChange={(level) => setAttributes({ headingLevel: Number(level) })}
      />
      <TextControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        type="url"
        label={__('Resources link', 'cmhw-widgets')}
        help={__('An http(s) address. Empty: the official site’s free resources.', 'cmhw-widgets')}
        value={attributes.href || ''}
        onChange={(href) => setAttributes({ href })}
      />
      {!hrefOk && (
        <Notice status="warning" isDismissible={false}>
          {__('Only http(s) addresses are linked; the official site is used instead.', 'cmhw-widgets')}
        </Notice>
      )}
      <TextControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        type="number"
        min={0}
        max={366}
        label={__('Show from this many days before the week', 'cmhw-widgets')}
        help={__('Empty: always shown.', 'cmhw-widgets')}
        value={before}
        onChange={(value) => setWindow(value, after)}
      />
      <TextControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        type="number"
        min={0}
        max={366}
        label={__('…until this many days after it', 'cmhw-widgets')}
        help={__('Empty: until the week ends.', 'cmhw-widgets')}
        value={after}
        onChange={(value) => setWindow(before, value)}
      />
    </PanelBody>
  );
  const own = {
    dismissible: Boolean(attributes.dismissible),
    'heading-level': String(attributes.headingLevel || 2),
    href: attributes.href && httpUrl(attributes.href) ? attributes.href : null,
    'show-window': attributes.showWindow || null,
  };
  const edit = useWidgetEdit(props, 'cmhw-banner', own, panel);
  return (
    <>
      {edit.inspector}
      <div {...edit.blockProps}>
        <WindowNote showWindow={attributes.showWindow} />
        {edit.note}
        {edit.element}
      </div>
    </>
  );
}

registerBlockType('cmhw/banner', {
  edit: Edit,
  save: ({ attributes }) => {
    const href = attributes.href && httpUrl(attributes.href);
    return (
      <div {...useBlockProps.save()}>
        <FallbackParagraph attributes={attributes} />
        {href ? (
          <p lang="en-GB">
            <a href={href}>Free resources for the week</a>
          </p>
        ) : null}
      </div>
    );
  },
});
