<?php
/**
 * Plugin Name:       Children's Mental Health Week widgets
 * Description:       A countdown, a tip card and a theme banner for Children's Mental Health Week, as blocks. No request to any other site, no cookies.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The cmhw-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cmhw-widgets
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

/**
 * Registers the kit's file, the editor script and the blocks (from their block.json files).
 */
function cmhw_widgets_register() {
	// The kit: the one file of the widget kit, shipped inside the plugin (never from another host). Registered
	// here, enqueued only by a block's render, so a page without a block loads no kit file, and a page with three
	// blocks loads it once (WordPress prints a handle once). In the footer: a module is deferred anyway.
	wp_register_script( 'cmhw-widgets', plugins_url( 'cmhw-widgets.js', __FILE__ ), array(), CMHW_WIDGETS_VERSION, true );

	// The editor script needs no bundler: it uses WordPress's globals (wp.blocks, wp.element…), whose handles
	// index.asset.php lists, as a build with WordPress's own tooling would.
	$asset = require __DIR__ . '/editor/index.asset.php';
	wp_register_script(
		'cmhw-widgets-editor',
		plugins_url( 'editor/index.js', __FILE__ ),
		$asset['dependencies'],
		$asset['version'],
		true
	);
	wp_add_inline_script(
		'cmhw-widgets-editor',
		'window.cmhwWidgetsEditor = ' . wp_json_encode( cmhw_widgets_editor_data() ) . ';',
		'before'
	);
	wp_register_style( 'cmhw-widgets-editor', plugins_url( 'editor/index.css', __FILE__ ), array(), $asset['version'] );

	register_block_type( __DIR__ . '/blocks/countdown', array( 'render_callback' => 'cmhw_widgets_render_countdown' ) );
	register_block_type( __DIR__ . '/blocks/tip-card', array( 'render_callback' => 'cmhw_widgets_render_tip_card' ) );
	register_block_type( __DIR__ . '/blocks/tip' );
	register_block_type( __DIR__ . '/blocks/banner', array( 'render_callback' => 'cmhw_widgets_render_banner' ) );
}
add_action( 'init', 'cmhw_widgets_register' );

/**
 * What the editor script needs from the server: where the kit is, the kit's editions (for the edition menu
 * and the saved fallback dates) and the site's language (the widgets' default language).
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
 * Loads the kit as a module: WordPress 6.1 has no API for script modules (6.5 added one), so the tag of this one
 * handle gets type="module" (and loses a type="text/javascript" that themes without HTML5 script support get).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function cmhw_widgets_module_tag( $tag, $handle ) {
	if ( 'cmhw-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'cmhw_widgets_module_tag', 10, 2 );

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
