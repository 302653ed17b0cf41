/**
 * Widgets for editors who can only insert plain HTML: a
 * `<div data-nmt-widget="hotline" data-heading-level="3">` becomes
 * `<nmt-hotline heading-level="3">` once the script runs, including divs
 * added later. The div's children stay as the element's fallback content,
 * and its prerendered shadow root (if the CMS kept one) as the widget's.
 */
import { clip, quote } from './core/quote.js';
import { warnOnce } from './warn.js';

const WIDGETS = new Set(['hotline', 'open-status', 'contact-list', 'member-agencies']);

/**
 * The attributes a data-* attribute may set: the widget's own, as its class
 * observes them (one list, the element's, not a copy kept by hand); nothing
 * else (no event handlers, no styles).
 */
function widgetAttributes(tag: string): ReadonlySet<string> {
  const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return new Set(element?.observedAttributes ?? []);
}

function mount(placeholder: HTMLElement): void {
  const kind = placeholder.dataset.nmtWidget ?? '';
  if (!WIDGETS.has(kind)) {
    warnOnce(`data-nmt-widget=${quote(kind)} is not a widget; use one of ${[...WIDGETS].join(', ')}.`);
    placeholder.removeAttribute('data-nmt-widget');
    return;
  }
  const element = document.createElement(`nmt-${kind}`);
  const attributes = widgetAttributes(element.localName);
  for (const { name, value } of [...placeholder.attributes]) {
    if (name === 'data-nmt-widget') continue;
    // data-heading-level -> heading-level; id, class, lang, dir and aria-* carry over as they are.
    if (name.startsWith('data-')) {
      if (attributes.has(name.slice(5))) element.setAttribute(name.slice(5), value);
      else
        warnOnce(
          `${clip(name)} on a data-nmt-widget="${kind}" placeholder is not an attribute of that widget; ignored.`,
        );
    } else if (name === 'id' || name === 'class' || name === 'lang' || name === 'dir' || name.startsWith('aria-')) {
      element.setAttribute(name, value);
    }
  }
  element.append(...placeholder.childNodes);
  // A prerendered placeholder (a declarative shadow root on the div) hands its markup over, in this task: the
  // widget shows it until its data is in, and the page does not move.
  const prerendered = placeholder.shadowRoot;
  if (prerendered) element.attachShadow({ mode: 'open' }).append(...prerendered.childNodes);
  placeholder.replaceWith(element);
}

function mountWithin(root: ParentNode): void {
  if (root instanceof HTMLElement && root.matches('[data-nmt-widget]')) mount(root);
  root.querySelectorAll<HTMLElement>('[data-nmt-widget]').forEach(mount);
}

let observing = false;

/** Mounts every placeholder now and whenever one is added; once per page. */
export function mountPlaceholders(): void {
  if (observing || typeof document === 'undefined') return;
  observing = true;
  const start = () => {
    mountWithin(document);
    new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node instanceof HTMLElement) mountWithin(node);
        });
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
