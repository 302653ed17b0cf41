import { adoptStyles, LitElement, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../controllers/data-controller.js';
import { LocaleController } from '../../i18n/locale.js';

/** Resolves in a task after the next frame is painted (in a hidden page, when it is shown). */
const afterNextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * What every nmt-widgets element has: a data source, a heading level, a
 * clock that can be frozen, its language and its dataset. Whatever makes
 * words asks the language controller for the widget's language when it
 * makes them, so the order controllers run in does not matter.
 *
 * A widget may arrive prerendered: a declarative shadow root
 * (`<template shadowrootmode="open">`, written by the configurator) that the
 * page paints before the script runs, in the widget's own shape. The widget
 * keeps it on screen until its dataset is known, then replaces it in one go,
 * so the page does not move when the script or the data arrive.
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

  /** Whether the shadow root still holds the prerendered markup, not yet this widget's own. */
  private prerendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A declarative shadow root is attached by the parser; attachShadow would empty it now, before the data is in.
    if (!this.shadowRoot) return super.createRenderRoot();
    this.prerendered = true;
    return this.shadowRoot;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.prerendered ? this.firstUpdateOverPrerender() : super.scheduleUpdate();
  }

  private async firstUpdateOverPrerender(): Promise<void> {
    // The first render waits for the dataset (at most its time limit): the default, then the hosted data,
    // would be two renders, and the page would move twice.
    this.data.setSource(this.src);
    await this.data.settled();
    // And for the page's first paint, in a task of its own: the prerender is on screen already, so the page
    // paints at once, and each widget's work is a short task, not one long one for all.
    await afterNextPaint();
    // Then the work the render needs, a task for each part: the page stays responsive between them.
    for (const step of this.firstRenderSteps()) {
      step();
      await nextTask();
    }
    // Lit prepares each template the first time it renders it (reads its strings, parses its HTML), and keeps
    // it. Rendered once into a fragment that is thrown away, the preparing is a task of its own, and the render
    // that replaces the prerender only copies and fills templates ready made.
    render(this.render(), document.createDocumentFragment(), { host: this });
    await nextTask();
    super.scheduleUpdate();
  }

  /** Work the first render needs that can be done ahead, each part in a task of its own (see scheduleUpdate). */
  protected firstRenderSteps(): Array<() => void> {
    return [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.data.setSource(this.src);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.prerendered) {
      this.prerendered = false;
      const root = this.renderRoot as ShadowRoot;
      // In the same task as the render below: the page never paints the empty root between the two.
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    }
    super.update(changed);
  }
}
