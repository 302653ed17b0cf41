import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { telHref } from '../../core/links.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { hoursWordsOf, type ScheduleDay } from '../../i18n/hours-words-of.js';
import { StatusController } from '../../controllers/status-controller.js';
import type { HoursStatus } from '../../core/status.js';
import { dialable } from '../shared/dialable.js';
import { NmtElement } from '../shared/nmt-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { printStyles, sharedStyles } from '../shared/shared.styles.js';
import { sourceLine, sourceLineStyles } from '../shared/source-line.js';
import { statusStyles } from '../shared/status.styles.js';
import { hotlineStyles } from './hotline.styles.js';

let ids = 0;

/**
 * The national support line: who it is for, the number, whether it is staffed
 * right now (and until or from when), the hours in words, and the urgent
 * alternatives, emphasised while the line is closed.
 *
 * @tag nmt-hotline
 * @slot - Fallback content: shown before the element upgrades (or if the script is blocked), not after.
 * @csspart base - The outer box.
 * @csspart heading - The line's name.
 * @csspart number - The phone number link.
 * @csspart status - The live status line.
 * @csspart hours - The hours in words.
 * @csspart urgent - The urgent alternatives.
 * @csspart link - Every phone link in the urgent alternatives.
 * @cssprop [--nmt-color-accent=#1a5d38] - Accent: the number and the open state; set once on :root for every widget.
 * @cssprop [--nmt-color-muted=color-mix(in srgb, currentColor 72%, transparent)] - Secondary text.
 * @cssprop [--nmt-color-border=color-mix(in srgb, currentColor 28%, transparent)] - Borders.
 * @cssprop [--nmt-color-surface=transparent] - Background of the boxes.
 * @cssprop [--nmt-color-focus=currentColor] - The focus outline.
 * @cssprop [--nmt-radius=0.5rem] - Corner radius.
 * @cssprop [--nmt-space=1rem] - Space between the parts.
 * @cssprop [--nmt-color-open=#1a7f45] - The "open" dot.
 * @cssprop [--nmt-color-soon=#b36b00] - The "closing soon" dot.
 * @cssprop [--nmt-color-closed=#c4314b] - The "closed" dot (and, in the hotline, the urgent box while closed).
 * @cssprop [--nmt-padding=1.25rem] - Padding of the box (0.875rem in a narrow column).
 * @fires nmt-status-change - The line opened or closed while on the page (NmtStatusChangeEvent, `status`).
 * @fires nmt-data-error - The dataset at `src` was refused and the default is shown (NmtDataErrorEvent, `src`, `reason`).
 */
export class NmtHotline extends NmtElement {
  static override styles = [sharedStyles, statusStyles, sourceLineStyles, hotlineStyles, printStyles];

  /** Opening hours that override the dataset's, e.g. "Mo-Fr 09:00-16:00; PH off". */
  @property() hours?: string;

  /** A shorter variant: the number, status and urgent numbers without the longer texts. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Leaves out the urgent alternatives, for pages that already show them. */
  @property({ type: Boolean, attribute: 'hide-urgent' }) hideUrgent = false;

  /** Leaves out the line saying where the data is from and when it was updated. */
  @property({ type: Boolean, attribute: 'hide-source' }) hideSource = false;

  /** The municipality's social services on-call number ("socialjour"), e.g. "040-34 12 00". */
  @property({ attribute: 'social-services-number' }) socialServicesNumber?: string;

  /** The name for that number, e.g. "Socialjouren i Malmö". */
  @property({ attribute: 'social-services-label' }) socialServicesLabel?: string;

  private readonly internals = this.attachInternals();
  private readonly clock = new ClockController(this);
  private readonly live = new StatusController(this, this.clock, this.data, this.locale, this.internals);
  private readonly headingId = `nmt-hotline-${++ids}`;

  /** The status at the widget's clock (read-only); `open`, `nextChange` and why. */
  get status(): HoursStatus | null {
    return this.live.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.clock.freezeAt(this.now);
  }

  protected override firstRenderSteps(): Array<() => void> {
    let day: ScheduleDay;
    return [
      () => {
        this.clock.freezeAt(this.now);
        day = this.live.warm();
      },
      () => void hoursWordsOf(day, this.locale.locale),
    ];
  }

  protected override render() {
    const { msg, text } = this.locale;
    const { hotline } = this.data.data;
    const level = headingLevel(this);
    const closed = this.live.view?.state === 'closed';
    const audience = this.compact ? nothing : html`<p class="audience">${text(hotline.audience)}</p>`;
    const hours = this.compact ? nothing : this.renderHours();
    const description =
      this.compact || !hotline.description ? nothing : html`<p class="description">${text(hotline.description)}</p>`;
    const status = this.renderStatus();
    const urgent = this.hideUrgent ? nothing : this.renderUrgent(level);
    const source = this.hideSource || this.compact ? nothing : sourceLine(this.data.data, this.locale.locale);
    // While the line is closed, whom to call instead comes first, in the reading order too (not only on screen).
    // One template with a place for each order, rather than a template per order: fewer parts per widget.
    return html`
      <section
        part="base"
        lang=${this.locale.locale}
        class="base ${closed ? 'is-closed' : ''}"
        aria-labelledby=${this.headingId}
      >
        ${heading(level, text(hotline.name), this.headingId)} ${closed ? status : nothing} ${closed ? urgent : nothing}
        ${audience}
        <p class="number">
          <span class="number-label">${msg('Ring', { id: 'hotline.call' })}</span>
          <a part="number" href=${ifDefined(dialable(hotline.phone))}>${hotline.phone}</a>
        </p>
        ${closed ? nothing : status} ${hours} ${description} ${closed ? nothing : urgent} ${source}
      </section>
    `;
  }

  private renderStatus() {
    const view = this.live.view;
    if (!view) return nothing;
    return html`
      <p part="status" class="status ${view.state}">
        <span class="dot" aria-hidden="true"></span>
        <span><strong class="status-label">${view.label}</strong>${view.detail ? `, ${view.detail}` : ''}</span>
      </p>
      <div class="visually-hidden" role="status">${this.live.announcement}</div>
    `;
  }

  private renderHours() {
    const { msg } = this.locale;
    const words = hoursWordsOf(this.live.scheduleDay, this.locale.locale);
    if (!words) return nothing;
    return html`
      <div part="hours" class="hours">
        <span class="hours-label">${msg('Telefontider', { id: 'hotline.hours' })}</span>
        <ul class="hours-list">
          ${words.lines.map((line) => html`<li>${line}</li>`)}
        </ul>
        ${this.renderDeviations(words.deviations)}
        ${
          // The note goes with the dataset's assumed hours, also when an invalid hours attribute fell back to them.
          this.data.data.hotline.hoursAssumed && !this.live.ownHours
            ? html`<p class="hours-note">
                ${msg('Bemannad under kontorstid på vardagar; klockslagen är ungefärliga.', { id: 'hotline.hours-assumed' })}
              </p>`
            : nothing
        }
      </div>
    `;
  }

  /**
   * The coming days that differ from the regular week, folded: how many there are changes with the date, and a
   * list that grew and shrank with it would move the page below the widget (and a prerendered widget could not
   * know its length). Folded, the widget has one height all year.
   */
  private renderDeviations(deviations: readonly string[]) {
    const { msg } = this.locale;
    return html`<details class="deviations">
      <summary class="hours-label">${msg('Kommande avvikelser', { id: 'hotline.deviations' })}</summary>
      ${
        deviations.length === 0
          ? html`<p>${msg('Inga de närmaste åtta veckorna.', { id: 'hotline.no-deviations' })}</p>`
          : html`<ul>
              ${deviations.map((line) => html`<li>${line}</li>`)}
            </ul>`
      }
    </details>`;
  }

  private renderUrgent(level: number) {
    const { msg, text } = this.locale;
    // The two national numbers written out, not mapped: two template instances fewer per widget.
    const { emergency, police } = this.data.data.urgent;
    return html`
      <section part="urgent" class="urgent" aria-labelledby="${this.headingId}-urgent">
        ${
          // One heading open or closed (the status above says which): the box keeps its height when the line closes.
          heading(
            Math.min(level + 1, 6),
            msg('Om det är brådskande', { id: 'urgent.heading' }),
            `${this.headingId}-urgent`,
          )
        }
        <ul>
          <li>
            <a part="link" class="urgent-number" href=${ifDefined(dialable(emergency.phone))}>${emergency.phone}</a>
            <span>${text(emergency.text)}</span>
          </li>
          <li>
            <a part="link" class="urgent-number" href=${ifDefined(dialable(police.phone))}>${police.phone}</a>
            <span>${text(police.text)}</span>
          </li>
          <li>${this.renderSocialServices()}</li>
        </ul>
      </section>
    `;
  }

  /** The municipality's own socialjour when it set one (linked if it is a phone number), else the general advice. */
  private renderSocialServices() {
    const { text } = this.locale;
    const { socialServices } = this.data.data.urgent;
    const number = this.socialServicesNumber?.trim();
    // Without a number of its own, the advice alone, across the whole row: no symbol stands where a number would.
    if (!number) return html`<span class="urgent-advice">${text(socialServices.text)}</span>`;
    const href = telHref(number);
    const label = this.socialServicesLabel?.trim() || text(socialServices.text);
    return html`${
        href
          ? html`<a part="link" class="urgent-number" href=${href}>${number}</a>`
          : html`<span class="urgent-number">${number}</span>`
      } <span>${label}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nmt-hotline': NmtHotline;
  }
}
