import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import { LocaleController } from '../../i18n/locale.js';

/**
 * What every nmt-widgets element has: a data source, a heading level, a
 * clock that can be frozen, its language and its dataset. The language
 * controller is made first (a base class's fields come before its
 * subclass's), so the language is set before any other controller writes
 * words; no element has to keep that order by hand.
 */
export class NmtElement extends LitElement {
  /** URL of a dataset JSON; absent: the site's source (`data-src`, `<meta name="nmt-widgets-src">`), then the embedded default. */
  @property() src?: string;

  /** Level (1-6) of the widget's heading in the host page's outline (the small status has none, and takes it for a uniform API). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** An ISO 8601 instant that freezes the widget's clock, for previews and tests (a widget that does not depend on the time shows the same). */
  @property() now?: string;

  protected readonly locale = new LocaleController(this);
  protected readonly data = new DataController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.setSource(this.src);
  }
}
