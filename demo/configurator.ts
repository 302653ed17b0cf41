// The embed-snippet configurator: options in, a snippet and a live preview out, in Swedish or
// English. Everything typed is checked as the widget checks it, and set as attribute values or
// text, never parsed as HTML; a value the widget would refuse never reaches the snippet.
import '../src/define.js';
import { HoursSyntaxError, parseHours, summarizeHours } from '../src/hours.js';
import { httpUrl, telHref } from '../src/core/links.js';
import { DEFAULT_DATASET } from '../src/data/default-dataset.js';
import { hoursInWords } from '../src/i18n/hours-words.js';
import { hoursProblemText } from '../src/core/problems/index.js';
import { pageLang, translatePage, type Lang } from './page-text.js';
import {
  DEVIATIONS_LATER,
  langOf,
  prerenderOf,
  renderForPrerender,
  styleHash,
  widgetCss,
  wordsOf,
} from './prerender.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const scriptSnippet = document.querySelector<HTMLElement>('#script-snippet')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const copied = document.querySelector<HTMLElement>('#copied')!;
const prerenderSource = document.querySelector<HTMLElement>('#prerender-source')!;
const styleHashCode = document.querySelector<HTMLElement>('#style-hash')!;
const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const hint = (id: string) => document.getElementById(id)!;

const TEXT_OPTIONS = [
  'heading-level',
  'hours',
  'social-services-number',
  'social-services-label',
  'filter',
  'limit',
  'src',
];
const FLAG_OPTIONS = [
  'compact',
  'hide-urgent',
  'show-number',
  'hide-detail',
  'hide-vcard',
  'hide-description',
  'hide-source',
];

const TEXT: Record<string, Record<Lang, string>> = {
  notPhone: {
    sv: 'Inte ett telefonnummer: skriv numret som det visas, t.ex. "040-34 12 00"; en text hör hemma i fältet för namnet.',
    en: 'Not a phone number: write the number as it is displayed, e.g. "040-34 12 00"; text belongs in the name field.',
  },
  notAddress: {
    sv: 'Inte en webbadress: skriv en adress som börjar med https://, eller en sökväg som börjar med /.',
    en: 'Not a web address: write an address that starts with https://, or a path that starts with /.',
  },
  copied: { sv: 'Kopierat.', en: 'Copied.' },
  copyByHand: { sv: 'Markera koden och kopiera den.', en: 'Select the code and copy it.' },
  fallback: { sv: 'Stödtelefon för yrkesverksamma', en: 'Helpline for professionals' },
  urgent: {
    sv: 'Vid akut fara: 112. Brådskande ärenden: polisen 114 14.',
    en: 'In acute danger: 112. Urgent matters: the police 114 14.',
  },
};
const t = (key: keyof typeof TEXT, lang: Lang = pageLang()) => TEXT[key][lang];

/** Set by `npm run build:demo`: the published files' names and integrity. Absent on the development server. */
declare const __NMT_PUBLISHED__: { version: string; files: Record<string, string> } | undefined;

/**
 * The script tag to copy. On the published demo it points at the versioned
 * script beside it, with its integrity, and at the published dataset; the
 * development server has no published script, so it shows where one goes.
 */
function scriptTag(): string {
  if (typeof __NMT_PUBLISHED__ === 'undefined') return '<script src="/assets/nmt-widgets.iife.js" defer></script>';
  const file = `nmt-widgets-${__NMT_PUBLISHED__.version}.iife.js`;
  const script = new URL(`../${file}`, location.href).href;
  const data = new URL('../nmt-data.json', location.href).href;
  return (
    `<script src="${script}"\n  integrity="${__NMT_PUBLISHED__.files[file]}"\n` +
    `  crossorigin="anonymous" data-src="${data}" defer></script>`
  );
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function applies(name: string, widget: string): boolean {
  const only = field(name).closest('label')?.dataset.for;
  return !only || only.split(' ').includes(widget);
}

/** A field's message, or none; says whether the value may go into the snippet. */
function check(name: string, hintId: string, ok: boolean, message: string): boolean {
  hint(hintId).textContent = ok ? '' : message;
  if (ok) field(name).removeAttribute('aria-invalid');
  else field(name).setAttribute('aria-invalid', 'true');
  return ok;
}

/**
 * Says what the hours field means, or where it goes wrong, in the page's
 * language: the mistake is marked in a copy of the text. Returns whether the
 * hours can go into the snippet.
 */
function explainHours(hours: string): boolean {
  const words = hint('hours-words');
  try {
    const lines = hoursInWords(summarizeHours(parseHours(hours), new Date()), pageLang());
    hint('hours-error').replaceChildren();
    words.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    field('hours').removeAttribute('aria-invalid');
    return true;
  } catch (error) {
    words.replaceChildren();
    if (!(error instanceof HoursSyntaxError)) throw error;
    const at = Math.min(error.offset, hours.length);
    const mark = document.createElement('mark');
    mark.textContent = hours.slice(at, at + 1) || ' ';
    const shown = document.createElement('code');
    shown.append(hours.slice(Math.max(0, at - 40), at), mark, hours.slice(at + 1, at + 40));
    const message = document.createElement('span');
    message.textContent = hoursProblemText(error.problem, pageLang());
    hint('hours-error').replaceChildren(message, document.createElement('br'), shown);
    field('hours').setAttribute('aria-invalid', 'true');
    return false;
  }
}

/** A value the widget takes: each option is checked as the widget checks it. */
function valid(name: string, value: string): boolean {
  if (name === 'hours') return explainHours(value);
  if (name === 'social-services-number')
    return check(name, 'social-number-error', telHref(value) !== null, t('notPhone'));
  if (name === 'src') {
    const ok = httpUrl(value) !== null || /^\/(?!\/)\S*$/.test(value);
    return check(name, 'src-error', ok, t('notAddress'));
  }
  if (name === 'limit') return /^\d{1,2}$/.test(value);
  return true;
}

/** What the page shows before the script runs, or if it never does: the number, and where to call when it is urgent. */
function fallbackContent(widget: string, lang: Lang): string {
  const phone = DEFAULT_DATASET.hotline.phone;
  const number = `<a href="${telHref(phone)}">${phone}</a>`;
  if (widget === 'hotline') return `\n  <p>${t('fallback', lang)}: ${number}</p>\n  <p>${t('urgent', lang)}</p>`;
  if (widget === 'open-status') return `${t('fallback', lang)}: ${number}`;
  return '';
}

let prerendering = 0;

/**
 * Writes the prerendered snippet with `write`, now and again whenever the widget rendered for it re-renders
 * (hosted data arriving): see prerender.ts.
 */
async function prerender(
  widget: string,
  attributes: Array<[string, string]>,
  write: (markup: string) => void,
): Promise<boolean> {
  const run = ++prerendering;
  const { element, hours } = await renderForPrerender(widget, attributes, prerenderSource);
  if (run !== prerendering) return false;
  const writeNow = () => {
    const lang = langOf(element);
    write(prerenderOf(element, wordsOf(hours, DEVIATIONS_LATER[lang])) + fallbackContent(widget, lang));
  };
  writeNow();
  const observer = new MutationObserver(() => {
    if (run !== prerendering) observer.disconnect();
    else writeNow();
  });
  for (const root of [element.shadowRoot, hours.shadowRoot]) {
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  const hash = await styleHash(widgetCss(element));
  if (run === prerendering) styleHashCode.textContent = hash;
  return run === prerendering;
}

/** Settles when the snippet shown has its prerender (the copy button waits for it). */
let snippetDone: Promise<void> = Promise.resolve();

let previewKey = '';

function update(): void {
  const data = new FormData(form);
  const widget = String(data.get('widget'));
  for (const label of form.querySelectorAll<HTMLElement>('label[data-for]')) {
    label.hidden = !label.dataset.for!.split(' ').includes(widget);
  }
  const attributes: Array<[string, string]> = [];
  const widgetLang = String(data.get('lang') ?? '');
  if (widgetLang) attributes.push(['lang', widgetLang]);
  for (const name of TEXT_OPTIONS) {
    const value = String(data.get(name) ?? '').trim();
    if (!value || !applies(name, widget) || (name === 'heading-level' && value === '2')) continue;
    if (valid(name, value)) attributes.push([name, value]);
  }
  for (const name of FLAG_OPTIONS) if (data.get(name) && applies(name, widget)) attributes.push([name, '']);

  const cms = Boolean(data.get('cms'));
  const attrText = attributes
    .map(([n, v]) => {
      const attribute = cms && n !== 'lang' ? `data-${n}` : n;
      return v === '' && !cms ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(v)}"`;
    })
    .join('');
  const open = cms ? `<div data-nmt-widget="${widget}"${attrText}>` : `<nmt-${widget}${attrText}>`;
  const close = cms ? '</div>' : `</nmt-${widget}>`;
  // The tag with its attributes at once; the prerender inside it follows when the hidden widget has rendered.
  const write = (inner: string) => {
    snippet.textContent = `${open}\n  ${inner}\n${close}`;
  };
  write(fallbackContent(widget, widgetLang === 'en' || (!widgetLang && pageLang() === 'en') ? 'en' : 'sv'));
  snippet.setAttribute('aria-busy', 'true');
  snippetDone = prerender(widget, attributes, write).then((current) => {
    if (current) snippet.removeAttribute('aria-busy');
  });
  scriptSnippet.textContent = scriptTag();
  // On the development server the address is a local one: say so, and what the published one looks like.
  document.querySelector<HTMLElement>('#local-script')!.hidden = typeof __NMT_PUBLISHED__ !== 'undefined';
  copied.textContent = '';

  // The preview follows finished values only: no request for every letter typed into an address.
  const key = JSON.stringify([widget, attributes]);
  if (key !== previewKey) {
    previewKey = key;
    const live = document.createElement(`nmt-${widget}`);
    for (const [name, value] of attributes) live.setAttribute(name, value);
    preview.replaceChildren(live);
  }
}

form.addEventListener('input', (event) => {
  // An address is used once it is complete (on change); everything else at once.
  if ((event.target as HTMLInputElement).name !== 'src') update();
  else copied.textContent = '';
});
form.addEventListener('change', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await snippetDone;
    await navigator.clipboard.writeText(`${scriptSnippet.textContent}\n\n${snippet.textContent}`);
    copied.textContent = t('copied');
  } catch {
    copied.textContent = t('copyByHand');
  }
});
document.querySelector('#language')!.addEventListener('click', () => {
  translatePage(pageLang() === 'sv' ? 'en' : 'sv');
  update();
});
translatePage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv');
update();
