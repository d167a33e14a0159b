import { registerBlockType } from '@wordpress/blocks';
import { useBlockProps } from '@wordpress/block-editor';
import { PanelBody, SelectControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { useWidgetEdit } from '../edit.js';
import { FallbackParagraph } from '../fallback.js';

function Edit(props) {
  const { attributes, setAttributes } = props;
  const panel = (
    <PanelBody title={__('Countdown', 'cmhw-widgets')}>
      <SelectControl
        __next40pxDefaultSize
        __nextHasNoMarginBottom
        label={__('Smallest unit shown', 'cmhw-widgets')}
        value={attributes.precision}
        options={[
          { value: 'day', label: __('Days', 'cmhw-widgets') },
          { value: 'hour', label: __('Hours', 'cmhw-widgets') },
          { value: 'minute', label: __('Minutes', 'cmhw-widgets') },
          { value: 'second', label: __('Seconds (with a pause button)', 'cmhw-widgets') },
        ]}
        onChange={(precision) => setAttributes({ precision })}
      />
    </PanelBody>
  );
  const edit = useWidgetEdit(props, 'cmhw-countdown', { precision: attributes.precision }, panel);
  return (
    <>
      {edit.inspector}
      <div {...edit.blockProps}>
        {edit.note}
        {edit.element}
      </div>
    </>
  );
}

registerBlockType('cmhw/countdown', {
  edit: Edit,
  save: ({ attributes }) => (
    <div {...useBlockProps.save()}>
      <FallbackParagraph attributes={attributes} />
    </div>
  ),
});
