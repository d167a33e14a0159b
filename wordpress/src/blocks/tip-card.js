import { registerBlockType } from '@wordpress/blocks';
import { InnerBlocks, useBlockProps } from '@wordpress/block-editor';
import { PanelBody, RangeControl, SelectControl } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { __ } from '@wordpress/i18n';
import { useWidgetEdit } from '../edit.js';
import { FallbackParagraph } from '../fallback.js';
import metadata from '../../blocks/tip-card/block.json';

function Edit(props) {
  const { attributes, setAttributes, clientId } = props;
  const blocks = useSelect((select) => select('core/block-editor').getBlocks(clientId), [clientId]);
  const tips = blocks
    .filter((block) => block.name === 'cmhw/tip')
    .map((block) => ({ title: block.attributes.title || '', text: block.attributes.text || '' }))
    .filter((tip) => tip.title.trim() || tip.text.trim());
  const rotate = attributes.mode !== 'daily';
  const panel = (
    <PanelBody title={__('Tips', 'cmhw-widgets')}>
      <SelectControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        label={__('Show', 'cmhw-widgets')}
        value={attributes.mode}
        options={[
          { value: 'rotate', label: __('One tip after another (visitors can pause)', 'cmhw-widgets') },
          { value: 'daily', label: __('One tip a day, without motion', 'cmhw-widgets') },
        ]}
        onChange={(mode) => setAttributes({ mode })}
      />
      {rotate && (
        <RangeControl
          __next40pxDefaultSize
          __nextHasNoMarginBottom
          label={__('Seconds between tips', 'cmhw-widgets')}
          help={__(
            'From 5 to 120. Reset: the widget’s own pace (30 seconds), calm enough to read a tip in any of its languages.',
            'cmhw-widgets',
          )}
          min={5}
          max={120}
          initialPosition={30}
          allowReset
          value={attributes.interval}
          onChange={(interval) => setAttributes({ interval: typeof interval === 'number' ? interval : undefined })}
        />
      )}
    </PanelBody>
  );
  // The partner's tips as the element's light-DOM list, which it reads (and follows) as text.
  const list =
    tips.length > 0 ? (
      <ul>
        {tips.map((tip, i) => (
          <li key={i}>
            <h3>{tip.title}</h3>
            <p>{tip.text}</p>
          </li>
        ))}
      </ul>
    ) : null;
  const edit = useWidgetEdit(
    props,
    'cmhw-tip-card',
    { mode: attributes.mode, interval: rotate && attributes.interval ? String(attributes.interval) : null },
    panel,
    list,
  );
  return (
    <>
      {edit.inspector}
      <div {...edit.blockProps}>
        {edit.note}
        {edit.element}
        <div className="cmhw-tips-editor">
          <p className="cmhw-tips-editor__label">
            {__('Your own tips (optional): with any here, the card shows them instead of the edition’s.', 'cmhw-widgets')}
          </p>
          <InnerBlocks allowedBlocks={['cmhw/tip']} renderAppender={InnerBlocks.ButtonBlockAppender} />
        </div>
      </div>
    </>
  );
}

/**
 * The card's saved content: the partner's tips as a list (their own blocks), then the fallback paragraph. The list
 * is always written, empty when there are none: WordPress checks a saved block against save() without its inner
 * blocks, so what save() writes must not depend on them.
 *
 * @param {Object} props
 * @param {Object} props.attributes The block's attributes.
 */
function save({ attributes }) {
  return (
    <div {...useBlockProps.save()}>
      <ul>
        <InnerBlocks.Content />
      </ul>
      <FallbackParagraph attributes={attributes} />
    </div>
  );
}

registerBlockType('cmhw/tip-card', {
  edit: Edit,
  save,
  deprecated: [
    {
      // 0.1.0 wrote the list only when it had tips, so a card without tips was saved without it. Its attributes
      // are today's (none was renamed or removed).
      attributes: metadata.attributes,
      save: ({ attributes }) => (
        <div {...useBlockProps.save()}>
          <FallbackParagraph attributes={attributes} />
        </div>
      ),
    },
  ],
});
