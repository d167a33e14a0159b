<?php
/**
 * The blocks' front-end output: each block becomes its element (<cmhw-countdown>, <cmhw-tip-card>, <cmhw-banner>)
 * with the block's settings as the element's attributes, around a no-JS fallback (the link and the week's dates).
 *
 * Every value is checked against what the element accepts (a value it would reject is left out, so the published
 * page shows no warning and the element uses its default) and escaped where it is printed.
 *
 * The same fallback is saved in the post by the editor script (save()), so a post keeps the dates and the link
 * if the plugin is deactivated; here it is rebuilt from the attributes, so what is printed is always escaped.
 *
 * @package cmhw-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The official site: the fallback's link and the banner's default resources link. */
const CMHW_WIDGETS_OFFICIAL_SITE = 'https://www.childrensmentalhealthweek.org.uk/';

/** The languages the kit ships; an empty `lang` means the site's (the closest lang, WordPress's <html lang>). */
const CMHW_WIDGETS_LANGUAGES = array( 'en-GB', 'cy', 'pl', 'ur' );

/** Block colour settings and the element's custom properties they set. */
const CMHW_WIDGETS_COLORS = array(
	'accent'   => '--cmhw-accent',
	'onAccent' => '--cmhw-on-accent',
	'surface'  => '--cmhw-surface',
	'text'     => '--cmhw-text',
	'link'     => '--cmhw-link-color',
	'focus'    => '--cmhw-focus-color',
);

/**
 * The kit's editions (year, start, end, theme), written from content/editions by the build.
 *
 * @return array Keyed by year (a string).
 */
function cmhw_widgets_editions() {
	static $editions = null;
	if ( null === $editions ) {
		$editions = array();
		$file     = dirname( __DIR__ ) . '/editions.json';
		$list     = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
		foreach ( is_array( $list ) ? $list : array() as $edition ) {
			$editions[ (string) $edition['year'] ] = $edition;
		}
	}
	return $editions;
}

/**
 * A UK calendar date `YYYY-MM-DD` that exists, or null.
 *
 * @param mixed $value The attribute.
 * @return string|null
 */
function cmhw_widgets_date( $value ) {
	if ( ! is_string( $value ) || ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) ) {
		return null;
	}
	return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? $value : null;
}

/**
 * Adds days to a date (calendar days: no time zone is involved).
 *
 * @param string $date A date `YYYY-MM-DD`.
 * @param int    $days Days to add (or subtract).
 * @return string
 */
function cmhw_widgets_add_days( $date, $days ) {
	$day = new DateTimeImmutable( $date, new DateTimeZone( 'UTC' ) );
	return $day->modify( sprintf( '%+d days', $days ) )->format( 'Y-m-d' );
}

/**
 * The week a block shows, resolved as the element resolves it: the edition's dates, or the school's own
 * (a start alone keeps the edition's length; an end before the start falls back to the edition's dates).
 *
 * @param array $attributes The block's attributes.
 * @return array { edition, theme, start, end, custom (the valid own dates to pass on, possibly empty) }
 */
function cmhw_widgets_week( $attributes ) {
	$editions = cmhw_widgets_editions();
	$year     = isset( $attributes['edition'] ) ? (string) $attributes['edition'] : '2023';
	// `latest`: the newest edition this plugin carries; the element is told `latest`, and resolves it the same way.
	$latest = 'latest' === $year && ! empty( $editions );
	if ( $latest ) {
		$year = (string) max( array_map( 'intval', array_keys( $editions ) ) );
	}
	if ( ! isset( $editions[ $year ] ) ) {
		$year = '2023';
	}
	$edition = isset( $editions[ $year ] ) ? $editions[ $year ] : array( 'year' => 2023, 'start' => '2023-02-06', 'end' => '2023-02-12', 'theme' => "Let's Connect" );
	$length  = (int) round( ( strtotime( $edition['end'] ) - strtotime( $edition['start'] ) ) / DAY_IN_SECONDS );

	$start = cmhw_widgets_date( isset( $attributes['start'] ) ? $attributes['start'] : null );
	$end   = cmhw_widgets_date( isset( $attributes['end'] ) ? $attributes['end'] : null );
	if ( $start && $end && $end < $start ) {
		$start = null;
		$end   = null;
	}
	$custom = array_filter( array( 'start' => $start, 'end' => $end ) );
	if ( $start && ! $end ) {
		$end = cmhw_widgets_add_days( $start, $length );
	} elseif ( $end && ! $start ) {
		$start = cmhw_widgets_add_days( $end, -$length );
	} elseif ( ! $start ) {
		$start = $edition['start'];
		$end   = $edition['end'];
	}
	return array(
		'edition'   => $latest ? 'latest' : (string) $edition['year'],
		'theme'     => $edition['theme'],
		'start'     => $start,
		'end'       => $end,
		'custom'    => $custom,
		// With `latest` and the edition's own dates, the fallback names no dates or theme: the newest week moves on.
		'evergreen' => $latest && empty( $custom ),
	);
}

/**
 * The week's dates in British English, as the fallback writes them: "6–12 February 2023",
 * "27 February – 5 March 2026", "29 December 2025 – 4 January 2026". The editor script's save() writes the same.
 *
 * @param string $start First day.
 * @param string $end   Last day.
 * @return string
 */
function cmhw_widgets_format_range( $start, $end ) {
	$months = array( 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December' );
	list( $sy, $sm, $sd ) = array_map( 'intval', explode( '-', $start ) );
	list( $ey, $em, $ed ) = array_map( 'intval', explode( '-', $end ) );
	if ( $start === $end ) {
		return "{$sd} {$months[ $sm - 1 ]} {$sy}";
	}
	if ( $sy === $ey && $sm === $em ) {
		return "{$sd}–{$ed} {$months[ $em - 1 ]} {$ey}";
	}
	if ( $sy === $ey ) {
		return "{$sd} {$months[ $sm - 1 ]} – {$ed} {$months[ $em - 1 ]} {$ey}";
	}
	return "{$sd} {$months[ $sm - 1 ]} {$sy} – {$ed} {$months[ $em - 1 ]} {$ey}";
}

/**
 * The attributes all three elements share, checked: edition, the school's own dates, lang, and the colours as
 * the element's custom properties in `style`.
 *
 * @param array $attributes The block's attributes.
 * @param array $week       From cmhw_widgets_week().
 * @return array Attribute name => value.
 */
function cmhw_widgets_shared_attributes( $attributes, $week ) {
	$out = array_merge( array( 'edition' => $week['edition'] ), $week['custom'] );
	if ( isset( $attributes['lang'] ) && in_array( $attributes['lang'], CMHW_WIDGETS_LANGUAGES, true ) ) {
		$out['lang'] = $attributes['lang'];
	}
	$style  = array();
	$colors = isset( $attributes['colors'] ) && is_array( $attributes['colors'] ) ? $attributes['colors'] : array();
	foreach ( CMHW_WIDGETS_COLORS as $key => $property ) {
		$value = isset( $colors[ $key ] ) ? cmhw_widgets_color( $colors[ $key ] ) : null;
		if ( $value ) {
			$style[] = "{$property}: {$value}";
		}
	}
	if ( $style ) {
		$out['style'] = implode( '; ', $style );
	}
	return $out;
}

/**
 * A colour setting as CSS: a hex colour, or a colour of the theme's palette (`var:preset|color|<slug>`, as
 * WordPress stores palette references), which stays the theme's colour if the theme changes it.
 *
 * @param mixed $value The stored colour.
 * @return string|null
 */
function cmhw_widgets_color( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	if ( preg_match( '/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i', $value ) ) {
		return $value;
	}
	if ( preg_match( '/^var:preset\|color\|([a-z0-9-]+)$/', $value, $m ) ) {
		return "var(--wp--preset--color--{$m[1]})";
	}
	return null;
}

/**
 * Attributes as HTML, each value escaped; true prints a boolean attribute.
 *
 * @param array $attributes Name => value.
 * @return string
 */
function cmhw_widgets_html_attributes( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
	}
	return $html;
}

/**
 * The fallback every block keeps: the official site's link and the week's dates. In British English (marked so,
 * for screen readers on a page in another language): WordPress cannot translate it without the kit's texts.
 *
 * @param array $week From cmhw_widgets_week().
 * @return string
 */
function cmhw_widgets_fallback_paragraph( $week ) {
	if ( $week['evergreen'] ) {
		return sprintf( '<p lang="en-GB"><a href="%s">%s</a></p>', esc_url( CMHW_WIDGETS_OFFICIAL_SITE ), esc_html( "Children's Mental Health Week" ) );
	}
	return sprintf(
		'<p lang="en-GB"><a href="%s">%s</a>: %s</p>',
		esc_url( CMHW_WIDGETS_OFFICIAL_SITE ),
		esc_html( "Children's Mental Health Week" ),
		esc_html( cmhw_widgets_format_range( $week['start'], $week['end'] ) )
	);
}

/**
 * The element in the block's wrapper. The kit's module is each block's viewScriptModule (block.json): WordPress
 * enqueues it as the block renders, and prints it once per page whatever the number of blocks.
 *
 * @param string $tag        The element's tag.
 * @param array  $attributes Its attributes, checked.
 * @param string $fallback   Its light DOM, escaped.
 * @return string
 */
function cmhw_widgets_element( $tag, $attributes, $fallback ) {
	$room = cmhw_widgets_room( $tag, $attributes );
	if ( $room ) {
		$attributes['class'] = $room['class'];
	}
	return sprintf(
		'<div %s>%s<%s%s>%s</%s></div>',
		get_block_wrapper_attributes( $room ? array( 'class' => 'cmhw-room' ) : array() ),
		cmhw_widgets_room_style( $room ),
		$tag,
		cmhw_widgets_html_attributes( $attributes ),
		$fallback,
		$tag
	);
}

/**
 * The room the element takes before the script runs, so that nothing below it moves when it does: the room rules
 * of the kit (room.json, written by the kit's `npm run snippets` from its one source of room rules), exact for the
 * widget, its options (seconds, daily, a close button), edition, and the phases of the week a visitor can still see
 * from today (time only moves forward; a day's margin covers time zones and a page cached for a day). The block's
 * wrapper is the container whose width the room follows. Each room's CSS is printed once per page.
 *
 * @param string $tag        The element's tag.
 * @param array  $attributes Its attributes, checked.
 * @return array|null { class, css (empty once the page has printed it) }, or null without the data.
 */
function cmhw_widgets_room( $tag, $attributes ) {
	static $rooms = null;
	static $printed = array();
	if ( null === $rooms ) {
		$file  = __DIR__ . '/room.json';
		$rooms = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	$widget   = substr( $tag, 5 );
	$variants = array(
		'countdown' => isset( $attributes['precision'] ) && 'second' === $attributes['precision'] ? 'second' : 'minute',
		'tip-card'  => isset( $attributes['mode'] ) && 'daily' === $attributes['mode'] ? 'daily' : 'rotate',
		'banner'    => empty( $attributes['dismissible'] ) ? 'plain' : 'dismissible',
	);
	$own      = isset( $attributes['start'] ) || isset( $attributes['end'] );
	$week     = cmhw_widgets_week( $attributes );
	$edition  = 'tip-card' === $widget && 'latest' !== $week['edition'] ? '2023' : $week['edition'];
	$day      = gmdate( 'Y-m-d', time() - DAY_IN_SECONDS );
	$phases   = $day < $week['start'] ? 'before+during+after' : ( $day <= $week['end'] ? 'during+after' : 'after' );
	$key      = implode( '|', array( $widget, $variants[ $widget ], $edition, 'banner' === $widget && $own ? 'own' : 'edition', $phases ) );
	if ( ! isset( $rooms['rooms'][ $key ], $rooms['css'][ $rooms['rooms'][ $key ] ] ) ) {
		return null;
	}
	$index             = $rooms['rooms'][ $key ];
	$css               = isset( $printed[ $index ] ) ? '' : (string) $rooms['css'][ $index ];
	$printed[ $index ] = true;
	return array(
		'class' => 'cmhw-room-' . $index,
		'css'   => $css,
	);
}

/**
 * The `<style>` element of a room, the first time the page prints that room; otherwise nothing.
 *
 * @param array|null $room The room (cmhw_widgets_room()), or null.
 * @return string
 */
function cmhw_widgets_room_style( $room ) {
	if ( ! $room || '' === $room['css'] ) {
		return '';
	}
	// The CSS comes from the plugin's own room.json; stripping tags keeps even a damaged file from closing the element.
	return '<style>' . wp_strip_all_tags( $room['css'] ) . '</style>';
}

/**
 * <cmhw-countdown>.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function cmhw_widgets_render_countdown( $attributes ) {
	$week = cmhw_widgets_week( $attributes );
	$out  = cmhw_widgets_shared_attributes( $attributes, $week );
	if ( isset( $attributes['precision'] ) && in_array( $attributes['precision'], array( 'day', 'hour', 'minute', 'second' ), true ) ) {
		$out['precision'] = $attributes['precision'];
	}
	return cmhw_widgets_element( 'cmhw-countdown', $out, cmhw_widgets_fallback_paragraph( $week ) );
}

/**
 * <cmhw-tip-card>, with the partner's own tips (the inner cmhw/tip blocks) as its light-DOM list, read as text.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    The inner blocks' HTML (unused: the list is rebuilt from their attributes).
 * @param WP_Block $block      The block, for its inner blocks.
 * @return string
 */
function cmhw_widgets_render_tip_card( $attributes, $content = '', $block = null ) {
	$week = cmhw_widgets_week( $attributes );
	$out  = cmhw_widgets_shared_attributes( $attributes, $week );
	if ( isset( $attributes['interval'] ) && is_numeric( $attributes['interval'] ) ) {
		$interval = (int) $attributes['interval'];
		if ( $interval >= 5 && $interval <= 3600 ) {
			$out['interval'] = (string) $interval;
		}
	}
	if ( isset( $attributes['mode'] ) && in_array( $attributes['mode'], array( 'rotate', 'daily' ), true ) ) {
		$out['mode'] = $attributes['mode'];
	}
	$items = '';
	foreach ( $block ? $block->inner_blocks : array() as $inner ) {
		if ( 'cmhw/tip' !== $inner->name ) {
			continue;
		}
		$title = isset( $inner->attributes['title'] ) ? trim( (string) $inner->attributes['title'] ) : '';
		$text  = isset( $inner->attributes['text'] ) ? trim( (string) $inner->attributes['text'] ) : '';
		if ( '' !== $title || '' !== $text ) {
			$items .= sprintf( '<li><h3>%s</h3><p>%s</p></li>', esc_html( $title ), esc_html( $text ) );
		}
	}
	$fallback = ( '' === $items ? '' : "<ul>$items</ul>" ) . cmhw_widgets_fallback_paragraph( $week );
	return cmhw_widgets_element( 'cmhw-tip-card', $out, $fallback );
}

/**
 * <cmhw-banner>.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function cmhw_widgets_render_banner( $attributes ) {
	$week = cmhw_widgets_week( $attributes );
	$out  = cmhw_widgets_shared_attributes( $attributes, $week );
	if ( ! empty( $attributes['dismissible'] ) ) {
		$out['dismissible'] = true;
	}
	$level = isset( $attributes['headingLevel'] ) ? (int) $attributes['headingLevel'] : 2;
	if ( $level < 2 || $level > 6 ) {
		$level = 2;
	}
	$out['heading-level'] = (string) $level;
	$href                 = cmhw_widgets_http_url( isset( $attributes['href'] ) ? $attributes['href'] : '' );
	if ( $href ) {
		$out['href'] = $href;
	}
	// "N" or "N M": days before the start, and after the end, 0 to 366 each (what the element accepts).
	if ( isset( $attributes['showWindow'] ) && is_string( $attributes['showWindow'] ) && preg_match( '/^(\d{1,3})(?: (\d{1,3}))?$/', $attributes['showWindow'], $m ) && (int) $m[1] <= 366 && ( ! isset( $m[2] ) || (int) $m[2] <= 366 ) ) {
		$out['show-window'] = $attributes['showWindow'];
	}
	$fallback = sprintf(
		'<h%1$d lang="en-GB">%2$s</h%1$d>%3$s',
		$level,
		esc_html( $week['evergreen'] ? "Children's Mental Health Week" : sprintf( "Children's Mental Health Week %s: %s", $week['edition'], $week['theme'] ) ),
		cmhw_widgets_fallback_paragraph( $week )
	);
	if ( $href ) {
		$fallback .= sprintf( '<p lang="en-GB"><a href="%s">%s</a></p>', esc_url( $href ), esc_html( 'Free resources for the week' ) );
	}
	return cmhw_widgets_element( 'cmhw-banner', $out, $fallback );
}

/**
 * An absolute http(s) URL, or null (the element accepts no other link).
 *
 * @param mixed $value The attribute.
 * @return string|null
 */
function cmhw_widgets_http_url( $value ) {
	if ( ! is_string( $value ) || '' === $value || ! filter_var( $value, FILTER_VALIDATE_URL ) ) {
		return null;
	}
	$scheme = strtolower( (string) wp_parse_url( $value, PHP_URL_SCHEME ) );
	return in_array( $scheme, array( 'http', 'https' ), true ) ? $value : null;
}
