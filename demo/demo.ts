// The demo page: registers the widgets from the sources and wires the controls.
import '../src/define.js';
import { translatePage } from './page-text.js';

const form = document.querySelector('form')!;
const widgets = () => document.querySelectorAll('nmt-hotline, nmt-open-status, nmt-contact-list, nmt-member-agencies');

form.addEventListener('change', () => {
  const data = new FormData(form);
  translatePage(String(data.get('lang')) === 'en' ? 'en' : 'sv');
  const now = String(data.get('now') ?? '');
  widgets().forEach((widget) => (now ? widget.setAttribute('now', now) : widget.removeAttribute('now')));
});

// Lets a screenshot script pick the language and clock: ?lang=en&now=2026-12-24T10:00:00%2B01:00
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'now']) {
  const value = params.get(name);
  const control = form.elements.namedItem(name);
  if (value === null || !control) continue;
  if (control instanceof RadioNodeList) control.value = value;
  else if (control instanceof HTMLSelectElement) {
    if (![...control.options].some((o) => o.value === value)) control.add(new Option(value, value));
    control.value = value;
  }
  form.dispatchEvent(new Event('change'));
}
