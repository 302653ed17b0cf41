import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { str } from '@lit/localize';
import type { Contact } from '../../core/dataset.js';
import { mailtoHref } from '../../core/links.js';
import { vCardHref } from '../../core/vcard.js';
import { dialable } from '../shared/dialable.js';
import { NmtElement } from '../shared/nmt-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { printStyles, sharedStyles } from '../shared/shared.styles.js';
import { sourceLine, sourceLineStyles } from '../shared/source-line.js';
import { contactListStyles } from './contact-list.styles.js';

/** An e-mail address that may wrap after "@" and before dots, not in the middle of a word. */
function breakable(email: string) {
  return email.split(/(?=\.)|(?<=@)/).map((part, i) => (i === 0 ? part : html`<wbr />${part}`));
}

/**
 * The contact persons at the agency: name, title, phones and e-mail as links,
 * and a card to save each contact.
 *
 * @tag nmt-contact-list
 * @slot - Fallback content: shown before the element upgrades, not after.
 * @csspart base - The outer box.
 * @csspart heading - The list's heading.
 * @csspart item - One person.
 * @csspart link - Every phone, e-mail and contact-card link.
 * @cssprop [--nmt-color-accent=#1a5d38] - Accent: the number and the open state; set once on :root for every widget.
 * @cssprop [--nmt-color-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--nmt-color-border=color-mix(in srgb, currentColor 28%, transparent)] - Borders.
 * @cssprop [--nmt-color-surface=transparent] - Background of the boxes.
 * @cssprop [--nmt-color-focus=currentColor] - The focus outline.
 * @cssprop [--nmt-radius=0.5rem] - Corner radius.
 * @cssprop [--nmt-space=1rem] - Space between the parts.
 * @cssprop [--nmt-contact-min-width=16rem] - The narrowest a card gets before the grid wraps.
 * @fires nmt-data-error - The dataset at `src` was refused and the default is shown (NmtDataErrorEvent, `src`, `reason`).
 */
export class NmtContactList extends NmtElement {
  static override styles = [sharedStyles, sourceLineStyles, contactListStyles, printStyles];

  /** Shows only people whose name or title contains this text (case-insensitive); several with commas. */
  @property() filter?: string;

  /** Shows at most this many people. */
  @property({ type: Number }) limit?: number;

  /** Leaves out the "save contact" links. */
  @property({ type: Boolean, attribute: 'hide-vcard' }) hideVcard = false;

  /** Leaves out the line saying where the data is from and when it was updated. */
  @property({ type: Boolean, attribute: 'hide-source' }) hideSource = false;

  private visibleContacts(): readonly Contact[] {
    const terms = (this.filter ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    let contacts = this.data.data.contacts.filter(
      (c) =>
        terms.length === 0 ||
        terms.some((term) => `${c.name} ${c.title.sv} ${c.title.en}`.toLowerCase().includes(term)),
    );
    const limit = Number(this.limit);
    if (Number.isInteger(limit) && limit >= 0) contacts = contacts.slice(0, limit);
    return contacts;
  }

  protected override render() {
    const { msg, text } = this.locale;
    const level = headingLevel(this);
    const organisation = text(this.data.data.organisation.name);
    const contacts = this.visibleContacts();
    return html`
      <section part="base" lang=${this.locale.locale} class="base">
        ${heading(level, msg(str`Kontaktpersoner på ${organisation}`, { id: 'contacts.heading' }))}
        ${
          contacts.length === 0
            ? html`<p>${msg('Inga kontaktpersoner att visa.', { id: 'contacts.none' })}</p>`
            : html`<ul class="grid">
                ${contacts.map((contact) => this.renderContact(contact, Math.min(level + 1, 6)))}
              </ul>`
        }
        ${this.hideSource ? nothing : sourceLine(this.data.data, this.locale.locale)}
      </section>
    `;
  }

  private renderContact(contact: Contact, level: number) {
    const { msg, text } = this.locale;
    const email = mailtoHref(contact.email);
    return html`
      <li part="item" class="card">
        ${heading(level, contact.name)}
        <p class="title">${text(contact.title)}</p>
        <dl>
          ${contact.phones.map(
            (phone, i) => html`
              <dt>
                ${i === 0 ? msg('Telefon', { id: 'contacts.phone' }) : msg('Alternativt', { id: 'contacts.phone-alt' })}
              </dt>
              <dd><a part="link" href=${ifDefined(dialable(phone))}>${phone}</a></dd>
            `,
          )}
          <dt class="email-label">${msg('E-post', { id: 'contacts.email' })}</dt>
          <dd class="email-value">
            <a part="link" class="email" href=${ifDefined(email ?? undefined)}>${breakable(contact.email)}</a>
          </dd>
        </dl>
        ${
          this.hideVcard
            ? nothing
            : html`<a
                part="link"
                class="vcard"
                download=${`${contact.name}.vcf`}
                href=${vCardHref(contact, text(contact.title), text(this.data.data.organisation.name))}
                >${msg('Spara kontakt', { id: 'contacts.vcard' })}<span class="visually-hidden">
                  ${contact.name} (vCard)</span
                ></a
              >`
        }
      </li>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nmt-contact-list': NmtContactList;
  }
}
