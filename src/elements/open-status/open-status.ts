import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { StatusController } from '../../controllers/status-controller.js';
import type { HoursStatus } from '../../core/status.js';
import { dialable } from '../shared/dialable.js';
import { NmtElement } from '../shared/nmt-element.js';
import { printStyles, sharedStyles } from '../shared/shared.styles.js';
import { statusStyles } from '../shared/status.styles.js';

/**
 * Just the support line's live status, small enough for a header or a menu:
 * a dot and words ("Stödtelefonen: Öppet nu, stänger 16.30"), optionally with the number.
 *
 * @tag nmt-open-status
 * @slot - Fallback content: shown before the element upgrades, not after.
 * @csspart base - The status line.
 * @csspart status - The words.
 * @csspart number - The phone number link (with `show-number`).
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
 * @fires nmt-status-change - The line opened or closed while on the page (NmtStatusChangeEvent, `status`).
 * @fires nmt-data-error - The dataset at `src` was refused and the default is shown (NmtDataErrorEvent, `src`, `reason`).
 */
export class NmtOpenStatus extends NmtElement {
  static override styles = [
    sharedStyles,
    statusStyles,
    css`
      :host {
        display: inline-block;
      }
      a {
        margin-inline-start: 0.5em;
        white-space: nowrap;
      }
      /* On paper a live status means nothing: only the number is printed, when it is shown. */
      @media print {
        :host(:not([show-number])) {
          display: none;
        }
      }
    `,
    printStyles,
  ];

  /** Opening hours that override the dataset's. */
  @property() hours?: string;

  /** Also shows the number as a link. */
  @property({ type: Boolean, attribute: 'show-number', reflect: true }) showNumber = false;

  /** Leaves out "stänger 16.30" / "öppnar måndag 09.00", for the tightest spaces. */
  @property({ type: Boolean, attribute: 'hide-detail' }) hideDetail = false;

  private readonly internals = this.attachInternals();
  private readonly clock = new ClockController(this);
  private readonly live = new StatusController(this, this.clock, this.data, this.locale, this.internals);

  /** The status at the widget's clock (read-only). */
  get status(): HoursStatus | null {
    return this.live.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.clock.freezeAt(this.now);
  }

  protected override firstRenderSteps(): Array<() => void> {
    return [
      () => {
        this.clock.freezeAt(this.now);
        this.live.warm();
      },
    ];
  }

  protected override render() {
    const { msg } = this.locale;
    const view = this.live.view;
    if (!view) return nothing;
    const { phone } = this.data.data.hotline;
    return html`
      <p part="base" lang=${this.locale.locale} class="status ${view.state}">
        <span class="dot" aria-hidden="true"></span>
        <span part="status"
          >${msg('Stödtelefonen', { id: 'open-status.name' })}: <strong>${view.label}</strong>${
            !this.hideDetail && view.detail ? `, ${view.detail}` : nothing
          }</span
        >
        ${this.showNumber ? html`<a part="number" href=${ifDefined(dialable(phone))}>${phone}</a>` : nothing}
      </p>
      <span class="visually-hidden" role="status">${this.live.announcement}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nmt-open-status': NmtOpenStatus;
  }
}
