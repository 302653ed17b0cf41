<?php
/**
 * Plugin Name:       NMT widgets
 * Description:       The national support line for professionals who meet prostitution and human trafficking (Stödtelefon 020-390 000), with its live open/closed status, contact persons and the NMT's member agencies, as blocks.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       nmt-widgets
 * Domain Path:       /languages
 *
 * @package nmt-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The pinned script shipped in this plugin (assets/manifest.json, written by the widgets' build): its file and
 * its Subresource Integrity value. The site serves it itself: no request to another host.
 */
function nmt_widgets_script() {
	static $manifest = null;
	if ( null === $manifest ) {
		$manifest = json_decode( (string) file_get_contents( __DIR__ . '/assets/manifest.json' ), true );
	}
	return $manifest;
}

/**
 * Each widget, its block's options, and the element attribute each option sets. One table for the blocks'
 * registration, their server rendering and the editor's sidebar.
 */
function nmt_widgets_blocks() {
	$lang    = array(
		'type'    => 'select',
		'label'   => __( 'Language', 'nmt-widgets' ),
		'default' => '',
		'choices' => array(
			''   => __( 'As the page', 'nmt-widgets' ),
			'sv' => 'Svenska',
			'en' => 'English',
		),
	);
	$heading = array(
		'type'    => 'heading',
		'label'   => __( 'Heading level', 'nmt-widgets' ),
		'default' => 2,
	);
	$source  = array(
		'type'  => 'flag',
		'label' => __( 'Hide the line saying where the data is from', 'nmt-widgets' ),
	);
	return array(
		'hotline'         => array(
			'title'       => __( 'Support line (Stödtelefonen)', 'nmt-widgets' ),
			'description' => __( 'The national support line: the number, whether it is open now, the hours and the urgent alternatives.', 'nmt-widgets' ),
			'icon'        => 'phone',
			'options'     => array(
				'lang'                   => $lang,
				'heading-level'          => $heading,
				'compact'                => array(
					'type'  => 'flag',
					'label' => __( 'Compact', 'nmt-widgets' ),
				),
				'hide-urgent'            => array(
					'type'  => 'flag',
					'label' => __( 'Hide the urgent numbers', 'nmt-widgets' ),
				),
				'hide-source'            => $source,
				'social-services-number' => array(
					'type'  => 'text',
					'label' => __( 'Your social services on-call number (optional)', 'nmt-widgets' ),
				),
				'social-services-label'  => array(
					'type'  => 'text',
					'label' => __( 'Its name (optional)', 'nmt-widgets' ),
				),
			),
		),
		'open-status'     => array(
			'title'       => __( 'Support line status', 'nmt-widgets' ),
			'description' => __( 'Just whether the support line is open now, small.', 'nmt-widgets' ),
			'icon'        => 'clock',
			'options'     => array(
				'lang'        => $lang,
				'show-number' => array(
					'type'  => 'flag',
					'label' => __( 'Show the number', 'nmt-widgets' ),
				),
				'hide-detail' => array(
					'type'  => 'flag',
					'label' => __( 'Hide "closes 16:30" and the like', 'nmt-widgets' ),
				),
			),
		),
		'contact-list'    => array(
			'title'       => __( 'NMT contact persons', 'nmt-widgets' ),
			'description' => __( 'The contact persons at the Swedish Gender Equality Agency.', 'nmt-widgets' ),
			'icon'        => 'groups',
			'options'     => array(
				'lang'          => $lang,
				'heading-level' => $heading,
				'filter'        => array(
					'type'  => 'text',
					'label' => __( 'Show only (name or title, optional)', 'nmt-widgets' ),
				),
				'hide-vcard'    => array(
					'type'  => 'flag',
					'label' => __( 'Hide "Save contact"', 'nmt-widgets' ),
				),
				'hide-source'   => $source,
			),
		),
		'member-agencies' => array(
			'title'       => __( 'NMT member agencies', 'nmt-widgets' ),
			'description' => __( 'The agencies in the National Task Force against Prostitution and Human Trafficking.', 'nmt-widgets' ),
			'icon'        => 'networking',
			'options'     => array(
				'lang'             => $lang,
				'heading-level'    => $heading,
				'hide-description' => array(
					'type'  => 'flag',
					'label' => __( 'Hide the text about the NMT', 'nmt-widgets' ),
				),
			),
		),
	);
}

/** The block attribute for an element attribute: "heading-level" -> "headingLevel". */
function nmt_widgets_attribute_name( $attribute ) {
	return lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute ) ) ) );
}

/** The block's attributes as register_block_type() takes them. */
function nmt_widgets_block_attributes( $options ) {
	$attributes = array();
	foreach ( $options as $attribute => $option ) {
		$name = nmt_widgets_attribute_name( $attribute );
		if ( 'flag' === $option['type'] ) {
			$attributes[ $name ] = array(
				'type'    => 'boolean',
				'default' => false,
			);
		} elseif ( 'heading' === $option['type'] ) {
			$attributes[ $name ] = array(
				'type'    => 'number',
				'default' => $option['default'],
			);
		} else {
			$attributes[ $name ] = array(
				'type'    => 'string',
				'default' => isset( $option['default'] ) ? $option['default'] : '',
			);
		}
	}
	return $attributes;
}

/**
 * The language a widget speaks on this site when its block says "as the page": the page's, read as the widget
 * reads it (Swedish for sv and for none, else English).
 */
function nmt_widgets_page_lang() {
	$parts = preg_split( '/[-_]/', strtolower( trim( (string) get_bloginfo( 'language' ) ) ) );
	return ( '' === $parts[0] || 'sv' === $parts[0] ) ? 'sv' : 'en';
}

/**
 * The widget's own markup, for the browser to paint before the script runs, so that the page does not move
 * when it arrives: a declarative shadow root with the widget's styles, in the block's language and switches,
 * its headings at the block's level, the hotline's social-services row as the block sets it. Made in a
 * browser by the widgets' tests (prerenders.json; see test/wordpress/prerenders.test.ts), with the default
 * data; the widget replaces it once it runs. None for a contact list that shows only some contacts: no
 * prerender has the same ones.
 */
function nmt_widgets_prerender( $widget, $lang, $flags, $level, $texts ) {
	static $prerenders = null;
	if ( null === $prerenders ) {
		$prerenders = json_decode( (string) file_get_contents( __DIR__ . '/prerenders.json' ), true );
	}
	if ( ! is_array( $prerenders ) || ! isset( $prerenders['flags'][ $widget ], $prerenders['css'][ $widget ] ) ) {
		return '';
	}
	// A switch the file does not know changes the widget in a way no prerender shows: none, rather than the wrong one.
	if ( array_diff( $flags, $prerenders['flags'][ $widget ] ) ) {
		return '';
	}
	// The switches that are on, in the order the file lists them.
	$on  = array_values( array_intersect( $prerenders['flags'][ $widget ], $flags ) );
	$key = $widget . '|' . $lang . '|' . implode( ',', $on );
	if ( ! isset( $prerenders['markup'][ $key ] ) ) {
		return '';
	}
	$advice = isset( $prerenders['socialServices'][ $lang ] ) ? $prerenders['socialServices'][ $lang ] : '';
	$markup = str_replace(
		array( '{{h}}', '{{h+1}}', '{{social}}' ),
		array( 'h' . $level, 'h' . min( $level + 1, 6 ), nmt_widgets_social_services( $texts, $advice ) ),
		$prerenders['markup'][ $key ]
	);
	return '<template shadowrootmode="open"><style>' . $prerenders['css'][ $widget ] . '</style>' . $markup . '</template>';
}

/**
 * The hotline's row for the municipality's social services, as the element renders it (renderSocialServices in
 * src/elements/hotline/hotline.ts): the block's number, linked when it is a phone number, and its label or the
 * general advice; without a number, the advice alone. `$advice` is HTML from prerenders.json.
 */
function nmt_widgets_social_services( $texts, $advice ) {
	$number = isset( $texts['social-services-number'] ) ? $texts['social-services-number'] : '';
	if ( '' === $number ) {
		return '<span class="urgent-advice">' . $advice . '</span>';
	}
	$label = isset( $texts['social-services-label'] ) && '' !== $texts['social-services-label']
		? esc_html( $texts['social-services-label'] )
		: $advice;
	$href  = nmt_widgets_tel_href( $number );
	$shown = null === $href
		? '<span class="urgent-number">' . esc_html( $number ) . '</span>'
		: '<a part="link" class="urgent-number" href="' . esc_attr( $href ) . '">' . esc_html( $number ) . '</a>';
	return $shown . ' <span>' . $label . '</span>';
}

/**
 * A tel: link for a phone number as the widgets read one (telHref in src/core/links.ts), or null. JavaScript's
 * \d and \s written out: PCRE's, with /u, also take other scripts' digits and U+0085, and leave out U+FEFF.
 */
function nmt_widgets_tel_href( $phone ) {
	$js_space = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';
	if ( ! preg_match( '/^\+?[0-9' . $js_space . '\-()]+$/u', $phone ) ) {
		return null;
	}
	$digits = preg_replace( '/[^0-9+]/', '', $phone );
	if ( 0 === strpos( $digits, '+' ) ) {
		return preg_match( '/^\+\d{6,15}$/', $digits ) ? 'tel:' . $digits : null;
	}
	if ( preg_match( '/^0[1-9][0-9]{5,11}$/', $digits ) ) {
		return 'tel:+46' . substr( $digits, 1 );
	}
	return preg_match( '/^\d{3,6}$/', $digits ) ? 'tel:' . $digits : null;
}

/**
 * The widget's markup: the element inside the block's wrapper (so that a block theme lays it out in its content
 * column like any block), with its prerender and the number as text until the script runs. Rendered on the
 * server at every view, so what a post stores is the block's comment alone: nothing for KSES to strip, whatever
 * the author's role.
 */
function nmt_widgets_render( $widget, $attributes ) {
	wp_enqueue_script( 'nmt-widgets' );
	$blocks = nmt_widgets_blocks();
	$html   = '';
	$lang   = nmt_widgets_page_lang();
	$flags  = array();
	$texts  = array();
	$level  = 2;
	$filter = false;
	foreach ( $blocks[ $widget ]['options'] as $attribute => $option ) {
		$name  = nmt_widgets_attribute_name( $attribute );
		$value = isset( $attributes[ $name ] ) ? $attributes[ $name ] : null;
		if ( 'flag' === $option['type'] ) {
			$html .= $value ? ' ' . $attribute : '';
			if ( $value ) {
				$flags[] = $attribute;
			}
		} elseif ( 'heading' === $option['type'] ) {
			$given = (int) $value;
			if ( $given >= 1 && $given <= 6 && 2 !== $given ) {
				$level = $given;
				$html .= sprintf( ' %s="%d"', $attribute, $level );
			}
		} elseif ( 'select' === $option['type'] ) {
			$chosen = isset( $option['choices'][ (string) $value ] ) && '' !== $value;
			$html  .= $chosen ? sprintf( ' %s="%s"', $attribute, esc_attr( $value ) ) : '';
			if ( $chosen && 'lang' === $attribute ) {
				$lang = (string) $value;
			}
		} else {
			$text                = trim( (string) $value );
			$texts[ $attribute ] = $text;
			$html               .= '' !== $text ? sprintf( ' %s="%s"', $attribute, esc_attr( $text ) ) : '';
			$filter              = $filter || ( 'filter' === $attribute && '' !== $text );
		}
	}
	$prerender = $filter ? '' : nmt_widgets_prerender( $widget, $lang, $flags, $level, $texts );
	$fallback = in_array( $widget, array( 'hotline', 'open-status' ), true )
		? sprintf( '%s: <a href="tel:+4620390000">020-390 000</a>', esc_html__( 'Support line for professionals', 'nmt-widgets' ) )
		: '';
	return sprintf(
		'<div %1$s><nmt-%2$s%3$s>%4$s%5$s</nmt-%2$s></div>',
		get_block_wrapper_attributes(),
		$widget,
		$html,
		$prerender,
		$fallback
	);
}

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'nmt-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
		$script = nmt_widgets_script();
		wp_register_script( 'nmt-widgets', plugins_url( 'assets/' . $script['file'], __FILE__ ), array(), null, true );
		wp_register_script(
			'nmt-widgets-blocks',
			plugins_url( 'blocks.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
			$script['version'],
			true
		);
		$blocks = nmt_widgets_blocks();
		foreach ( $blocks as $widget => $block ) {
			register_block_type(
				'nmt-widgets/' . $widget,
				array(
					'api_version'     => 2,
					'title'           => $block['title'],
					'description'     => $block['description'],
					'category'        => 'widgets',
					'icon'            => $block['icon'],
					'attributes'      => nmt_widgets_block_attributes( $block['options'] ),
					'supports'        => array( 'html' => false ),
					'editor_script'   => 'nmt-widgets-blocks',
					'render_callback' => function ( $attributes ) use ( $widget ) {
						return nmt_widgets_render( $widget, $attributes );
					},
				)
			);
		}
		// The editor builds its sidebar from the same table, in the site's language.
		wp_add_inline_script(
			'nmt-widgets-blocks',
			'window.nmtWidgetsBlocks = ' . wp_json_encode(
				array(
					'settings' => __( 'Settings', 'nmt-widgets' ),
					'blocks'   => $blocks,
				)
			) . ';',
			'before'
		);
	}
);

// The widgets' script, in the editor too: the blocks preview the real widgets.
add_action(
	'enqueue_block_editor_assets',
	function () {
		wp_enqueue_script( 'nmt-widgets' );
	}
);

// The pinned script's integrity, deferred, with the site's data source.
add_filter(
	'script_loader_tag',
	function ( $tag, $handle, $src ) {
		if ( 'nmt-widgets' !== $handle ) {
			return $tag;
		}
		$script   = nmt_widgets_script();
		$data_src = get_option( 'nmt_widgets_data_src', '' );
		return sprintf(
			'<script src="%s" integrity="%s" crossorigin="anonymous"%s defer></script>' . "\n",
			esc_url( $src ),
			esc_attr( $script['integrity'] ),
			'' !== $data_src ? sprintf( ' data-src="%s"', esc_url( $data_src ) ) : ''
		);
	},
	10,
	3
);

/** An http(s) address, or nothing: the widgets take no other. */
function nmt_widgets_sanitize_data_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( ! preg_match( '#^https?://[^\s]+$#i', $value ) ) {
		add_settings_error( 'nmt_widgets_data_src', 'nmt-widgets-data-src', __( 'The data source must be an address that starts with https:// or http://.', 'nmt-widgets' ) );
		return get_option( 'nmt_widgets_data_src', '' );
	}
	return esc_url_raw( $value, array( 'https', 'http' ) );
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'nmt_widgets',
			'nmt_widgets_data_src',
			array(
				'type'              => 'string',
				'sanitize_callback' => 'nmt_widgets_sanitize_data_src',
				'default'           => '',
			)
		);
		add_settings_section( 'nmt_widgets_data', __( 'Data', 'nmt-widgets' ), '__return_false', 'nmt-widgets' );
		add_settings_field(
			'nmt_widgets_data_src',
			__( 'Data source (data-src)', 'nmt-widgets' ),
			function () {
				printf(
					'<input type="url" class="regular-text code" id="nmt_widgets_data_src" name="nmt_widgets_data_src" value="%s" placeholder="https://widgets.example.se/nmt-data.json" aria-describedby="nmt-widgets-data-src-help" /><p class="description" id="nmt-widgets-data-src-help">%s</p>',
					esc_attr( get_option( 'nmt_widgets_data_src', '' ) ),
					esc_html__( 'The address of the published dataset (nmt-data.json) that every widget on the site shows. Empty: the data built into the widgets.', 'nmt-widgets' )
				);
			},
			'nmt-widgets',
			'nmt_widgets_data',
			array( 'label_for' => 'nmt_widgets_data_src' )
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'NMT widgets', 'nmt-widgets' ),
			__( 'NMT widgets', 'nmt-widgets' ),
			'manage_options',
			'nmt-widgets',
			function () {
				echo '<div class="wrap"><h1>' . esc_html__( 'NMT widgets', 'nmt-widgets' ) . '</h1><form method="post" action="options.php">';
				settings_fields( 'nmt_widgets' );
				do_settings_sections( 'nmt-widgets' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);
