/**
 * Widgets for editors who can only insert plain HTML: a
 * `<div data-nmt-widget="hotline" data-heading-level="3">` becomes
 * `<nmt-hotline heading-level="3">` once the script runs, including divs
 * added later. The div's children stay as the element's fallback content.
 */
import { clip, quote } from './core/quote.js';
import { warnOnce } from './warn.js';

const WIDGETS = new Set(['hotline', 'open-status', 'contact-list', 'member-agencies']);

/** The element attributes a data-* attribute may set; nothing else (no event handlers, no styles). */
const ATTRIBUTES = new Set([
  'src',
  'heading-level',
  'now',
  'hours',
  'compact',
  'hide-urgent',
  'social-services-number',
  'social-services-label',
  'show-number',
  'hide-detail',
  'filter',
  'limit',
  'hide-vcard',
  'hide-description',
  'hide-source',
]);

function mount(placeholder: HTMLElement): void {
  const kind = placeholder.dataset.nmtWidget ?? '';
  if (!WIDGETS.has(kind)) {
    warnOnce(`data-nmt-widget=${quote(kind)} is not a widget; use one of ${[...WIDGETS].join(', ')}.`);
    placeholder.removeAttribute('data-nmt-widget');
    return;
  }
  const element = document.createElement(`nmt-${kind}`);
  for (const { name, value } of [...placeholder.attributes]) {
    if (name === 'data-nmt-widget') continue;
    // data-heading-level -> heading-level; id, class, lang, dir and aria-* carry over as they are.
    if (name.startsWith('data-')) {
      if (ATTRIBUTES.has(name.slice(5))) element.setAttribute(name.slice(5), value);
      else warnOnce(`${clip(name)} on a data-nmt-widget placeholder is not a widget attribute; ignored.`);
    } else if (name === 'id' || name === 'class' || name === 'lang' || name === 'dir' || name.startsWith('aria-')) {
      element.setAttribute(name, value);
    }
  }
  element.append(...placeholder.childNodes);
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
