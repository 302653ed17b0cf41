// The embed-snippet configurator: options in, a snippet and a live preview out.
// Everything the user types is set as attribute values or text, never parsed as HTML.
import '../src/define.js';
import { HoursSyntaxError, parseHours, summarizeHours } from '../src/hours.js';
import { hoursInWords } from '../src/i18n/hours-words.js';
import { hoursMessage } from './hours-messages.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const hoursError = document.querySelector<HTMLElement>('#hours-error')!;
const hoursWords = document.querySelector<HTMLElement>('#hours-words')!;
const copied = document.querySelector<HTMLElement>('#copied')!;

const TEXT_OPTIONS = ['heading-level', 'hours', 'social-services-number', 'social-services-label', 'filter', 'src'];
const FLAG_OPTIONS = ['compact', 'hide-urgent', 'show-number'];
/** Set by `npm run build:demo`: the published files' names and integrity. Absent on the development server. */
declare const __NMT_PUBLISHED__: { version: string; files: Record<string, string> } | undefined;

/**
 * The script tag to copy. On the published demo it points at the versioned
 * script beside it, with its integrity, and at the published dataset; the
 * development server has no published script, so it shows where one goes.
 */
function scriptTag(): string {
  if (typeof __NMT_PUBLISHED__ === 'undefined') {
    return '<script src="/assets/nmt-widgets.iife.js" defer></script>';
  }
  const file = `nmt-widgets-${__NMT_PUBLISHED__.version}.iife.js`;
  const script = new URL(`../${file}`, location.href).href;
  const data = new URL('../nmt-data.json', location.href).href;
  return (
    `<script src="${script}"\n  integrity="${__NMT_PUBLISHED__.files[file]}"\n` +
    `  crossorigin="anonymous" data-src="${data}" defer></script>`
  );
}
const SCRIPT = scriptTag();

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function applies(name: string, widget: string): boolean {
  const label =
    form.elements.namedItem(name) instanceof Element
      ? (form.elements.namedItem(name) as Element).closest('label')
      : null;
  const only = label?.dataset.for;
  return !only || only.split(' ').includes(widget);
}

function update(): void {
  const data = new FormData(form);
  const widget = String(data.get('widget'));
  for (const label of form.querySelectorAll<HTMLElement>('label[data-for]')) {
    label.hidden = !label.dataset.for!.split(' ').includes(widget);
  }

  const attributes: Array<[string, string]> = [];
  for (const name of TEXT_OPTIONS) {
    const value = String(data.get(name) ?? '').trim();
    if (value && applies(name, widget) && !(name === 'heading-level' && (value === '2' || widget === 'open-status'))) {
      attributes.push([name, value]);
    }
  }
  for (const name of FLAG_OPTIONS) if (data.get(name) && applies(name, widget)) attributes.push([name, '']);

  const hours = String(data.get('hours') ?? '').trim();
  const hoursOk = !hours || !applies('hours', widget) || explainHours(hours);
  if (!hoursOk)
    attributes.splice(
      attributes.findIndex(([name]) => name === 'hours'),
      1,
    );

  const cms = Boolean(data.get('cms'));
  const attrText = attributes
    .map(([n, v]) => (v === '' && !cms ? ` ${n}` : ` ${cms ? 'data-' : ''}${n}="${escapeAttribute(v)}"`))
    .join('');
  const element = cms
    ? `<div data-nmt-widget="${widget}"${attrText}>Stödtelefon 020-390 000</div>`
    : `<nmt-${widget}${attrText}></nmt-${widget}>`;
  snippet.textContent = `${SCRIPT}\n\n${element}`;

  const live = document.createElement(`nmt-${widget}`);
  for (const [name, value] of attributes) live.setAttribute(name, value);
  preview.replaceChildren(live);
}

/**
 * Says what the hours field means, or where it goes wrong, in the page's
 * language: the mistake is marked in a copy of the text. Returns whether the
 * hours can go into the snippet.
 */
function explainHours(hours: string): boolean {
  const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  const field = form.querySelector<HTMLInputElement>('[name="hours"]')!;
  try {
    const lines = hoursInWords(summarizeHours(parseHours(hours), new Date()));
    hoursError.replaceChildren();
    hoursWords.replaceChildren(
      ...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
    field.removeAttribute('aria-invalid');
    return true;
  } catch (error) {
    hoursWords.replaceChildren();
    if (!(error instanceof HoursSyntaxError)) throw error;
    const at = Math.min(error.offset, hours.length);
    const mark = document.createElement('mark');
    mark.textContent = hours.slice(at, at + 1) || ' ';
    const shown = document.createElement('code');
    shown.append(hours.slice(Math.max(0, at - 40), at), mark, hours.slice(at + 1, at + 40));
    const message = document.createElement('span');
    message.textContent = hoursMessage(error.message, lang);
    hoursError.replaceChildren(message, document.createElement('br'), shown);
    field.setAttribute('aria-invalid', 'true');
    return false;
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
document.querySelector('#copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copied.textContent = 'Kopierat.';
  } catch {
    copied.textContent = 'Markera koden och kopiera den.';
  }
});
update();
