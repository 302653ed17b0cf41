/**
 * The widgets' language: Swedish or English, per widget, from the nearest
 * `lang` (the element, its ancestors, then `<html>`), unless an application
 * sets one for the page.
 *
 * @lit/localize's runtime keeps one locale for the whole page, so it cannot
 * render one widget in English and the next in Swedish. Extraction and the
 * XLIFF workflow stay as they are (`msg()` with ids, `lit-localize extract`
 * and `build`); what changes is how `msg()` is answered: this module installs
 * an implementation that looks the id up in the generated templates of the
 * locale of the widget being rendered. A widget renders inside
 * `LocaleController`'s hostUpdate ... hostUpdated, which sets that locale.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { templates as en } from '../generated/locales/en.js';

export type WidgetLocale = 'sv' | 'en';

/** `sv`, `sv-SE`, `sv-FI` (or no language at all) -> sv; anything else -> en. */
export function resolveLocale(lang: string | null | undefined): WidgetLocale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === '' || primary === 'sv' ? 'sv' : 'en';
}

let explicit: WidgetLocale | null = null;
/** The locale of the widget being rendered right now; null between renders. */
let rendering: WidgetLocale | null = null;
let installed: boolean | undefined;

/** Installs the per-widget msg() once, on first use, so importing the package has no side effect. */
function install(): boolean {
  if (installed === undefined) {
    try {
      // The English templates are bundled, not fetched: the CDN file makes no further requests.
      const impl = (template: Parameters<typeof runtimeMsg>[1], options: Parameters<typeof runtimeMsg>[2]) =>
        runtimeMsg(currentLocale() === 'en' ? en : undefined, template, options);
      _installMsgImplementation(impl as Parameters<typeof _installMsgImplementation>[0]);
      installed = true;
    } catch (error) {
      // Another copy of @lit/localize on the page was configured first: keep Swedish, never throw.
      console.warn('nmt-widgets: localisation is already configured on this page; widgets stay in Swedish.', error);
      installed = false;
    }
  }
  return installed;
}

/** The page's language: set by the application, else `<html lang>`. */
function pageLocale(): WidgetLocale {
  if (explicit) return explicit;
  return typeof document === 'undefined' ? 'sv' : resolveLocale(document.documentElement.getAttribute('lang'));
}

function currentLocale(): WidgetLocale {
  return rendering ?? pageLocale();
}

/** The nearest `lang` of an element: its own, an ancestor's (across shadow roots), else `<html lang>`. */
function localeOf(element: Element): WidgetLocale {
  if (explicit) return explicit;
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return resolveLocale(lang);
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return pageLocale();
}

/** The language the widgets' words are in now: the rendering widget's, else the page's. */
export function widgetLocale(): WidgetLocale {
  return installed === false ? 'sv' : currentLocale();
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

function updateAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/**
 * Renders its host in the host's own language, and again whenever a `lang`
 * on the page changes. Add it before any controller whose hostUpdate writes
 * words: controllers update in the order they were added.
 */
export class LocaleController implements ReactiveController {
  /** The language of the last render. */
  locale: WidgetLocale = 'sv';

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    install();
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      // One observer for the page: any lang attribute anywhere may change a widget's language.
      observer = new MutationObserver(updateAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  }

  hostUpdate(): void {
    this.locale = installed === false ? 'sv' : localeOf(this.host);
    rendering = this.locale;
  }

  hostUpdated(): void {
    rendering = null;
  }

  /** Runs `work` in the host's language, as its update would (for work done ahead of the update). */
  within<T>(work: () => T): T {
    rendering = installed === false ? 'sv' : localeOf(this.host);
    try {
      return work();
    } finally {
      rendering = null;
    }
  }
}

/**
 * Sets the widgets' language for the whole page, over every `lang`. `null`
 * goes back to following the nearest `lang` of each widget.
 */
export function setWidgetLocale(locale: WidgetLocale | null): void {
  explicit = locale;
  install();
  updateAll();
}
