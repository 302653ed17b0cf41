import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { DEVIATIONS_LATER, langOf, prerenderOf, renderForPrerender, widgetCss, wordsOf } from '../../demo/prerender.js';

/*
 * The WordPress plugin paints each widget's own markup before the script runs, as the configurator's snippets
 * do (demo/prerender.ts), so that a WordPress page does not move when the script arrives. PHP cannot render
 * the widgets, so their prerenders are made here, in the browser, for every language and every combination of
 * the block's switches, and kept in wordpress/nmt-widgets/prerenders.json. This test makes them again and
 * fails when the file is out of date (`npm run wordpress:prerenders` writes it).
 */

/**
 * The switches of each block (wordpress/nmt-widgets/nmt-widgets.php) that change a widget's shape. The WordPress
 * test holds them against the PHP's own table, and the PHP serves no prerender for a switch not listed here.
 */
const FLAGS: Record<string, string[]> = {
  hotline: ['compact', 'hide-urgent', 'hide-source'],
  'open-status': ['show-number', 'hide-detail'],
  'contact-list': ['hide-vcard', 'hide-source'],
  'member-agencies': ['hide-description'],
};

/** Every subset of the switches, each in the order listed. */
const subsets = (flags: string[]): string[][] =>
  flags.reduce<string[][]>((all, flag) => [...all, ...all.map((subset) => [...subset, flag])], [[]]);

/**
 * The headings at the level the block asks for: made at level 2, the widget's heading (h2) becomes `{{h}}` and
 * the headings under it (h3) `{{h+1}}`, which PHP names.
 */
function withHeadingSlots(markup: string): string {
  const slotted = markup
    .replace(/<h2 part="heading"/g, '<{{h}} part="heading"')
    .replace(/<\/h2>/g, '</{{h}}>')
    .replace(/<h3 part="heading"/g, '<{{h+1}} part="heading"')
    .replace(/<\/h3>/g, '</{{h+1}}>');
  expect(slotted, 'no other heading').not.to.match(/<\/?h\d/);
  return slotted;
}

/**
 * The hotline's row for the municipality's social services, as a slot that PHP fills (`{{social}}`): the general
 * advice, or the number and label a block sets (nmt_widgets_social_services). Gives the markup and the advice.
 */
function withSocialServicesSlot(markup: string): { markup: string; advice?: string } {
  const row = /<li><span class="urgent-advice">([^<]*)<\/span><\/li>/g;
  const rows = [...markup.matchAll(row)];
  if (rows.length === 0) return { markup };
  expect(rows, 'one social-services row').to.have.length(1);
  return { markup: markup.replace(row, '<li>{{social}}</li>'), advice: rows[0][1] };
}

describe("the WordPress plugin's prerenders", () => {
  it("are the widgets' own markup for every language and switch (wordpress/nmt-widgets/prerenders.json)", async () => {
    const container = document.createElement('div');
    container.hidden = true;
    document.body.append(container);
    const css: Record<string, string> = {};
    const markup: Record<string, string> = {};
    const socialServices: Record<string, string> = {};
    for (const [widget, flags] of Object.entries(FLAGS)) {
      for (const lang of ['sv', 'en'] as const) {
        for (const subset of subsets(flags)) {
          const attributes = [['lang', lang] as const, ...subset.map((flag) => [flag, ''] as const)];
          const { element, hours } = await renderForPrerender(widget, attributes, container);
          await waitUntil(() => langOf(element) === lang && element.shadowRoot?.querySelector('[part]'), widget);
          const snippet = prerenderOf(element, wordsOf(hours, DEVIATIONS_LATER[lang]));
          css[widget] = widgetCss(element);
          const [, body] = /^<template shadowrootmode="open"><style>[^]*?<\/style>([^]*)<\/template>$/.exec(snippet)!;
          const slotted = withSocialServicesSlot(withHeadingSlots(body));
          markup[`${widget}|${lang}|${subset.join(',')}`] = slotted.markup;
          if (slotted.advice !== undefined) socialServices[lang] = slotted.advice;
        }
      }
    }
    container.remove();
    expect(Object.keys(socialServices), 'the advice in each language').to.have.members(['sv', 'en']);
    const file = { flags: FLAGS, css, markup, socialServices };
    const { same, written } = (await executeServerCommand('wordpress-prerenders', file)) as {
      same: boolean;
      written: boolean;
    };
    expect(
      same || written,
      'wordpress/nmt-widgets/prerenders.json is out of date: run npm run wordpress:prerenders',
    ).to.equal(true);
  });
});
