import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { str } from '@lit/localize';
import { displayHost, httpUrl } from '../../core/links.js';
import { NmtElement } from '../shared/nmt-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { printStyles, sharedStyles } from '../shared/shared.styles.js';
import { memberAgenciesStyles } from './member-agencies.styles.js';

/**
 * The National Task Force against Prostitution and Human Trafficking (NMT):
 * what it is, its member organisations with links to their official sites,
 * and where to read more.
 *
 * @tag nmt-member-agencies
 * @slot - Fallback content: shown before the element upgrades, not after.
 * @csspart base - The outer box.
 * @csspart heading - The NMT's name.
 * @csspart item - One member organisation.
 * @csspart link - Every link to an external site.
 * @cssprop [--nmt-color-accent=#1a5d38] - Accent: the number and the open state; set once on :root for every widget.
 * @cssprop [--nmt-color-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--nmt-color-border=color-mix(in srgb, currentColor 28%, transparent)] - Borders.
 * @cssprop [--nmt-color-surface=transparent] - Background of the boxes.
 * @cssprop [--nmt-color-focus=currentColor] - The focus outline.
 * @cssprop [--nmt-radius=0.5rem] - Corner radius.
 * @cssprop [--nmt-space=1rem] - Space between the parts.
 * @fires nmt-data-error - The dataset at `src` was refused and the default is shown (NmtDataErrorEvent, `src`, `reason`).
 */
export class NmtMemberAgencies extends NmtElement {
  static override styles = [sharedStyles, memberAgenciesStyles, printStyles];

  /** Leaves out the paragraph about the NMT, for a bare list. */
  @property({ type: Boolean, attribute: 'hide-description' }) hideDescription = false;

  protected override render() {
    const { msg, text } = this.locale;
    const { members } = this.data.data;
    const { nmt } = this.data;
    const level = headingLevel(this);
    const site = httpUrl(nmt.url);
    return html`
      <section part="base" lang=${this.locale.locale} class="base">
        ${heading(level, text(nmt.name))}
        ${this.hideDescription ? nothing : html`<p class="description">${text(nmt.description)}</p>`}
        <p class="members-label">${msg('I NMT ingår:', { id: 'members.label' })}</p>
        <ul class="members">
          ${members.map((member) => {
            const url = member.url ? httpUrl(member.url) : null;
            return html`<li part="item">
              ${url ? this.externalLink(url, text(member.name)) : html`<span>${text(member.name)}</span>`}
            </li>`;
          })}
        </ul>
        ${
          site
            ? html`<p class="more">
                ${this.externalLink(site, msg(str`Läs mer om NMT på ${displayHost(site)}`, { id: 'members.more' }))}
              </p>`
            : nothing
        }
      </section>
    `;
  }

  /** A link to another site: marked with an arrow, and said so to screen readers. */
  private externalLink(url: string, label: string) {
    const { msg } = this.locale;
    // The arrow stays with the last word: it never wraps onto a line of its own.
    const cut = label.lastIndexOf(' ') + 1;
    const hidden = ` (${msg('extern webbplats', { id: 'members.external' })})`;
    const arrow = html`<svg
      class="arrow"
      aria-hidden="true"
      viewBox="0 0 12 12"
      width="12"
      height="12"
      focusable="false"
    >
      <path d="M4 2h6v6M10 2 3 9" fill="none" stroke="currentColor" stroke-width="1.6" />
    </svg>`;
    return html`<a part="link" class="external" href=${url} rel="noopener noreferrer"
      >${label.slice(0, cut)}<span class="nowrap"
        >${label.slice(cut)}<span class="visually-hidden">${hidden}</span>${arrow}</span
      ></a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nmt-member-agencies': NmtMemberAgencies;
  }
}
