<?php
/**
 * The "Children's Mental Health Week" pattern: the banner across the top, the countdown and the tips side by side
 * below it (one above the other on a phone), each following the newest known week.
 *
 * The blocks' markup is what each block's save() writes (the editor checks it as it inserts the pattern).
 *
 * @package cmhw-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the pattern and its category.
 */
function cmhw_widgets_register_pattern() {
	register_block_pattern_category(
		'cmhw-widgets',
		array( 'label' => __( "Children's Mental Health Week", 'cmhw-widgets' ) )
	);
	$fallback = sprintf(
		'<p lang="en-GB"><a href="%s">%s</a></p>',
		esc_url( CMHW_WIDGETS_OFFICIAL_SITE ),
		"Children's Mental Health Week"
	);
	$content = <<<HTML
<!-- wp:group {"align":"wide","layout":{"type":"constrained"}} -->
<div class="wp-block-group alignwide"><!-- wp:cmhw/banner {"edition":"latest","align":"wide"} -->
<div class="wp-block-cmhw-banner alignwide">{$fallback}</div>
<!-- /wp:cmhw/banner -->

<!-- wp:columns {"align":"wide"} -->
<div class="wp-block-columns alignwide"><!-- wp:column -->
<div class="wp-block-column"><!-- wp:cmhw/countdown {"edition":"latest"} -->
<div class="wp-block-cmhw-countdown">{$fallback}</div>
<!-- /wp:cmhw/countdown --></div>
<!-- /wp:column -->

<!-- wp:column -->
<div class="wp-block-column"><!-- wp:cmhw/tip-card {"edition":"latest"} -->
<div class="wp-block-cmhw-tip-card"><ul></ul>{$fallback}</div>
<!-- /wp:cmhw/tip-card --></div>
<!-- /wp:column --></div>
<!-- /wp:columns --></div>
<!-- /wp:group -->
HTML;
	register_block_pattern(
		'cmhw-widgets/childrens-mental-health-week',
		array(
			'title'         => __( "Children's Mental Health Week", 'cmhw-widgets' ),
			'description'   => __( 'The banner, the countdown and the tips for parents and carers, following the newest known week.', 'cmhw-widgets' ),
			'categories'    => array( 'cmhw-widgets' ),
			'keywords'      => array( __( 'mental health', 'cmhw-widgets' ), __( 'wellbeing', 'cmhw-widgets' ), __( 'countdown', 'cmhw-widgets' ) ),
			'viewportWidth' => 1200,
			'content'       => $content,
		)
	);
}
