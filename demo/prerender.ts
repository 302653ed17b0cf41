/**
 * The widget's own markup for the page to paint before the script runs: a
 * declarative shadow root (`<template shadowrootmode="open">`) with the
 * widget's styles, taken from a rendered widget. With it the widget has its
 * final shape from the first paint, so nothing moves when the script (or the
 * hosted data) arrives; the widget replaces it in one go once it has its data.
 *
 * A prerender is written once and pasted into a page that lives for years,
 * so it says nothing that depends on the time: the live status becomes the
 * regular hours, and the coming deviations (folded, one line high) say where
 * to look. What depends on the data (the texts, the contacts) is the data's
 * at the time it was written, like the fallback it replaces.
 */
import type { CSSResultOrNative, LitElement } from 'lit';
import type { HoursStatus } from '../src/core/status.js';
import { compactCss } from '../scripts/compact-css.mjs';

export interface NeutralWords {
  /** Stands where the live status will be, e.g. the first line of the hours in words. */
  readonly status: string;
  /** Stands inside the folded deviations, which change by the date. */
  readonly deviations: string;
}

const cssTextOf = (style: CSSResultOrNative) =>
  style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('') : style.cssText;

/** The widget's styles as one text: what goes into the prerender's `<style>` (and what a CSP hash is taken of). */
export function widgetCss(element: LitElement): string {
  return compactCss((element.constructor as typeof LitElement).elementStyles.map(cssTextOf).join('\n'));
}

/** Makes the time-dependent parts of a copy of a rendered widget say only what is true at any time. */
function neutralise(copy: HTMLElement, words: NeutralWords): void {
  copy.querySelectorAll('[role="status"]').forEach((region) => region.remove()); // the widget makes its own
  copy.querySelector('.is-closed')?.classList.remove('is-closed');
  const line = copy.querySelector<HTMLElement>('.status');
  if (line) {
    line.className = 'status';
    line.querySelector('.dot')?.remove();
    const label = line.querySelector('strong');
    const wordsOf = label?.parentElement;
    if (label && wordsOf) {
      // "Stödtelefonen: <strong>Öppet nu</strong>, stänger 16.30" keeps what comes before the state.
      const before = document.createRange();
      before.setStart(wordsOf, 0);
      before.setEndBefore(label);
      wordsOf.replaceChildren(`${before.toString()}${words.status}`);
    }
  }
  const deviations = copy.querySelector('details');
  if (deviations) {
    const summary = deviations.querySelector('summary')!;
    const note = document.createElement('p');
    note.textContent = words.deviations;
    deviations.replaceChildren(summary, note);
  }
}

/** Copies the rendered shadow root into a plain element, without Lit's marker comments. */
function copyOf(root: ShadowRoot): HTMLElement {
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found: Node[] = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  found.forEach((comment) => comment.parentNode!.removeChild(comment));
  return copy;
}

/** The `<template shadowrootmode="open">` for a rendered widget (connected, its update complete). */
export function prerenderOf(element: LitElement, words: NeutralWords): string {
  const copy = copyOf(element.shadowRoot!);
  neutralise(copy, words);
  const html = copy.innerHTML.replace(/\s+/g, ' '); // as the page renders it: a run of white space is one space
  return `<template shadowrootmode="open"><style>${widgetCss(element)}</style>${html}</template>`;
}

/** The CSP source that allows the prerender's `<style>` on a page whose style-src refuses inline styles. */
export async function styleHash(css: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

type Widget = LitElement & { readonly status?: HoursStatus | null };

/**
 * Renders, hidden in `container`, the widget as a snippet prerenders it: at a moment when the line is open (so
 * the prerender has the usual order), beside a full hotline with the same language, data and hours, whose
 * first line of hours stands in for the live status. Both stay in `container` (their re-renders, such as hosted
 * data arriving, can be followed); `prerenderOf(element, wordsOf(hours, ...))` then gives the markup.
 */
export async function renderForPrerender(
  widget: string,
  attributes: ReadonlyArray<readonly [string, string]>,
  container: HTMLElement,
): Promise<{ element: Widget; hours: Widget }> {
  const element = document.createElement(`nmt-${widget}`) as Widget;
  const hours = document.createElement('nmt-hotline') as Widget;
  for (const [name, value] of attributes) {
    element.setAttribute(name, value);
    if (name === 'lang' || name === 'src' || name === 'hours') hours.setAttribute(name, value);
  }
  container.replaceChildren(element, hours);
  await Promise.all([element.updateComplete, hours.updateComplete]);
  const status = element.status;
  if (status && !status.open && status.nextChange) {
    element.setAttribute('now', new Date(status.nextChange.getTime() + 60_000).toISOString());
    await element.updateComplete;
  }
  return { element, hours };
}

/** What a prerender says inside the folded deviations: their dates change, the page does not. */
export const DEVIATIONS_LATER = {
  sv: 'Helgdagar och aftnar som ligger nära visas här när sidan har laddats.',
  en: 'Holidays and eves coming up show here once the page has loaded.',
} as const;

/** The words a prerender says instead of the time-dependent ones, from the full hotline rendered beside it. */
export function wordsOf(hours: Widget, deviations: string): NeutralWords {
  return { status: hours.shadowRoot?.querySelector('.hours-list li')?.textContent?.trim() ?? '', deviations };
}

/** The language a rendered widget speaks. */
export const langOf = (element: Widget): 'sv' | 'en' =>
  element.shadowRoot?.querySelector('[lang="en"]') ? 'en' : 'sv';
