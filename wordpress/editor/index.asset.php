<?php
// The editor script's dependencies (WordPress's script handles behind the wp.* globals it uses) and version,
// in the form @wordpress/scripts writes. The build replaces the version with a hash of index.js.
return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
