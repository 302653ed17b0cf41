/** A real h1-h6 at the level the host page needs (`heading-level`), without unsafe templates. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { clip, quote } from '../../core/quote.js';
import { warnOnce } from '../../warn.js';

const DEFAULT_LEVEL = 2;

/**
 * The heading level an element uses: its `heading-level` when that is a whole
 * number from 1 to 6. Otherwise it says once on the console what it uses
 * instead: the nearest level for a whole number out of range, else the default 2.
 */
export function headingLevel(element: HTMLElement & { headingLevel: number }): number {
  const value = element.headingLevel;
  if (Number.isInteger(value) && value >= 1 && value <= 6) return value;
  const used = Number.isInteger(value) ? Math.min(Math.max(value, 1), 6) : DEFAULT_LEVEL;
  // The attribute when the value came from it; else the property a script set (the attribute may say another).
  const attribute = element.getAttribute('heading-level');
  const given =
    attribute !== null && Object.is(Number(attribute), value)
      ? `heading-level=${quote(attribute)}`
      : `headingLevel = ${clip(String(value))}`;
  warnOnce(`${given} on <${element.localName}> is not a whole number from 1 to 6; using ${used}.`);
  return used;
}

export function heading(level: number, content: unknown, id?: string): TemplateResult {
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 part="heading" id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part="heading" id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part="heading" id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part="heading" id=${ifDefined(id)}>${content}</h6>`;
  }
}
