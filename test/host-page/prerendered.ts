import { waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { langOf, prerenderOf, renderForPrerender, wordsOf } from '../../demo/prerender.js';

/** The four widgets, in the order a page shows them. */
export const WIDGETS = ['hotline', 'open-status', 'contact-list', 'member-agencies'] as const;

/** What each widget's tag has on the page, and so its prerender too (the configurator makes both from one form). */
export const WIDGET_ATTRIBUTES: Record<(typeof WIDGETS)[number], Array<[string, string]>> = {
  hotline: [],
  'open-status': [['show-number', '']],
  'contact-list': [],
  'member-agencies': [],
};

/** A widget's WIDGET_ATTRIBUTES as HTML, each name after `prefix` (`data-` for a CMS placeholder). */
export const attributesOf = (widget: (typeof WIDGETS)[number], prefix = ''): string =>
  WIDGET_ATTRIBUTES[widget].map(([name, value]) => ` ${prefix}${name}="${value}"`).join('');

export interface Prerendered {
  /** The prerender, as the configurator writes it inside the widget's tag. */
  readonly snippet: string;
  /** Its styles and its markup, apart. */
  readonly css: string;
  readonly markup: string;
  readonly lang: 'sv' | 'en';
}

const source = document.createElement('div');
source.hidden = true;
document.body.append(source);

/**
 * Each widget prerendered as the configurator does it (demo/prerender.ts), in this page: `attributes` go on
 * each widget; `hotlineHas` is a text the hotline must show first (hosted data arrives a moment later).
 */
export async function prerenderedWidgets(
  lang: string,
  attributes: Array<[string, string]> = [],
  hotlineHas = '',
): Promise<Record<(typeof WIDGETS)[number], Prerendered>> {
  const out = {} as Record<(typeof WIDGETS)[number], Prerendered>;
  for (const widget of WIDGETS) {
    const { element, hours } = await renderForPrerender(
      widget,
      [['lang', lang], ...WIDGET_ATTRIBUTES[widget], ...attributes],
      source,
    );
    const has = widget === 'hotline' ? hotlineHas : '';
    await waitUntil(() => element.shadowRoot!.textContent!.includes(has), `the ${widget} has its data`);
    const snippet = prerenderOf(element, wordsOf(hours, '…'));
    const [, css, markup] = /<style>([^]*?)<\/style>([^]*)<\/template>/.exec(snippet)!;
    out[widget] = { snippet, css, markup, lang: langOf(element) };
  }
  return out;
}
