import { registerBlockType } from '@wordpress/blocks';
import { PlainText, useBlockProps } from '@wordpress/block-editor';
import { __ } from '@wordpress/i18n';

function Edit({ attributes, setAttributes }) {
  return (
    <div {...useBlockProps({ className: 'cmhw-tip-editor' })}>
      <PlainText
        className="cmhw-tip-editor__title"
        value={attributes.title}
        placeholder={__('Tip heading', 'cmhw-widgets')}
        aria-label={__('Tip heading', 'cmhw-widgets')}
        onChange={(title) => setAttributes({ title })}
      />
      <PlainText
        className="cmhw-tip-editor__text"
        value={attributes.text}
        placeholder={__('Tip text', 'cmhw-widgets')}
        aria-label={__('Tip text', 'cmhw-widgets')}
        onChange={(text) => setAttributes({ text })}
      />
    </div>
  );
}

registerBlockType('cmhw/tip', {
  edit: Edit,
  // A list item of the card's light-DOM list (plain text: React escapes it).
  save: ({ attributes }) => (
    <li {...useBlockProps.save()}>
      <h3>{attributes.title}</h3>
      <p>{attributes.text}</p>
    </li>
  ),
});
