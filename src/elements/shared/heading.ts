/** A real h1-h6 at the level the host page needs (`heading-level`), without unsafe templates. */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps an attribute value to 1-6; anything else gives the default 2. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
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
