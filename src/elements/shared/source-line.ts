/**
 * Where the data is from and how old it is: "Uppgifter från
 * Jämställdhetsmyndigheten, uppdaterade 9 januari 2023", the organisation
 * linked to its site when the dataset gives one. A visitor can judge how
 * current the contacts and hours are.
 */
import { html, css } from 'lit';
import type { Dataset } from '../../core/dataset.js';
import { formatIsoDate } from '../../i18n/format.js';
import { msgIn, type WidgetLocale } from '../../i18n/locale.js';

export function sourceLine(data: Dataset, locale: WidgetLocale) {
  const msg = msgIn(locale);
  const name = data.organisation.name[locale];
  const organisation = data.organisation.url ? html`<a part="link" href=${data.organisation.url}>${name}</a>` : name;
  const updated = html`<time datetime=${data.updated}>${formatIsoDate(data.updated, locale)}</time>`;
  return html`<p class="source">
    ${msg(html`Uppgifter från ${organisation}, uppdaterade ${updated}`, { id: 'source.line' })}
  </p>`;
}

export const sourceLineStyles = css`
  .source {
    margin-block-start: var(--_gap);
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
