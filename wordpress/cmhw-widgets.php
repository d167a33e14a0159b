<?php
/**
 * Plugin Name:       Children's Mental Health Week widgets
 * Description:       A countdown, a tip card and a theme banner for Children's Mental Health Week, as blocks. No request to any other site, no cookies.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Tested up to:      7.1
 * Requires PHP:      7.4
 * Author:            The cmhw-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cmhw-widgets
 * Domain Path:       /languages
 *
 * @package cmhw-widgets
 *
 * Copyright (c) the cmhw-widgets contributors. Released under the MIT licence (compatible with the GPL):
 * see LICENSE in this folder.
 */

defined( 'ABSPATH' ) || exit;

// Rewritten from package.json by the build (scripts/wordpress/build.mjs), like the Version header above.
define( 'CMHW_WIDGETS_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/pattern.php';

/**
 * Registers the kit's module, the editor script and the blocks (from their block.json files).
 */
function cmhw_widgets_register() {
	// The plugin's own translations (languages/, built from the .po files kept with its source). Before the
	// blocks: register_block_type() translates each block.json's title, description and keywords.
	load_plugin_textdomain( 'cmhw-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );

	// The kit: the one file of the widget kit, an ES module shipped inside the plugin (never from another host).
	// Each block names it as its viewScriptModule (block.json), so WordPress loads it only on a page where a
	// block renders, and once however many blocks the page holds.
	wp_register_script_module( 'cmhw-widgets', plugins_url( 'cmhw-widgets.js', __FILE__ ), array(), CMHW_WIDGETS_VERSION );

	// The editor script, built by @wordpress/scripts: build/index.asset.php lists the script handles its imports
	// need and a hash of its content as its version.
	$asset = require __DIR__ . '/build/index.asset.php';
	wp_register_script(
		'cmhw-widgets-editor',
		plugins_url( 'build/index.js', __FILE__ ),
		$asset['dependencies'],
		$asset['version'],
		array( 'in_footer' => true )
	);
	wp_add_inline_script(
		'cmhw-widgets-editor',
		'window.cmhwWidgetsEditor = ' . wp_json_encode( cmhw_widgets_editor_data() ) . ';',
		'before'
	);
	wp_set_script_translations( 'cmhw-widgets-editor', 'cmhw-widgets', __DIR__ . '/languages' );
	wp_register_style( 'cmhw-widgets-editor', plugins_url( 'build/index.css', __FILE__ ), array(), $asset['version'] );
	wp_style_add_data( 'cmhw-widgets-editor', 'rtl', 'replace' );

	register_block_type( __DIR__ . '/blocks/countdown', array( 'render_callback' => 'cmhw_widgets_render_countdown' ) );
	register_block_type( __DIR__ . '/blocks/tip-card', array( 'render_callback' => 'cmhw_widgets_render_tip_card' ) );
	register_block_type( __DIR__ . '/blocks/tip' );
	register_block_type( __DIR__ . '/blocks/banner', array( 'render_callback' => 'cmhw_widgets_render_banner' ) );

	cmhw_widgets_register_pattern();
}
add_action( 'init', 'cmhw_widgets_register' );

/**
 * What the editor script needs from the server: where the kit is (the editor loads it into the canvas's
 * iframe), the kit's editions (for the edition menu and the saved fallback dates) and the site's language (the
 * widgets' default language).
 *
 * @return array
 */
function cmhw_widgets_editor_data() {
	return array(
		'kitUrl'       => add_query_arg( 'ver', CMHW_WIDGETS_VERSION, plugins_url( 'cmhw-widgets.js', __FILE__ ) ),
		'editions'     => array_values( cmhw_widgets_editions() ),
		'siteLanguage' => get_bloginfo( 'language' ),
	);
}

/**
 * The blocks' own inserter category.
 *
 * @param array $categories The editor's block categories.
 * @return array
 */
function cmhw_widgets_block_category( $categories ) {
	array_unshift(
		$categories,
		array(
			'slug'  => 'cmhw-widgets',
			'title' => __( "Children's Mental Health Week", 'cmhw-widgets' ),
			'icon'  => 'heart',
		)
	);
	return $categories;
}
add_filter( 'block_categories_all', 'cmhw_widgets_block_category' );
