/**
 * The widgets' language: Swedish or English, per widget, from the nearest
 * `lang` (the element, its ancestors, then `<html>`), unless an application
 * sets one for the page.
 *
 * @lit/localize's runtime keeps one locale for the whole page, so it cannot
 * render one widget in English and the next in Swedish. Extraction and the
 * XLIFF workflow stay as they are (`msg()` calls with ids, `lit-localize
 * extract` and `build`); what differs is where `msg` comes from: whatever
 * makes words is given a language and takes its `msg` from `msgIn(locale)`,
 * which answers from the generated templates of that language. Nothing is
 * installed into @lit/localize, and nothing holds "the language now": a
 * second copy of the library, or of @lit/localize, on the page changes nothing.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { isStrTagged, joinStringsAndValues, type MsgFn, type StrResult, type TemplateLike } from '@lit/localize';
import { templates as en } from '../generated/locales/en.js';

export type WidgetLocale = 'sv' | 'en';

/** `sv`, `sv-SE`, `sv-FI` (or no language at all) -> sv; anything else -> en. */
export function resolveLocale(lang: string | null | undefined): WidgetLocale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === '' || primary === 'sv' ? 'sv' : 'en';
}

/** A source (Swedish) template as it is written: its words with its values. */
function source(template: TemplateLike): string | TemplateResult {
  if (typeof template === 'string') return template;
  return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
}

/**
 * The English of a source template, from the templates `lit-localize build` writes (their `${0}`, `${1}` name
 * the source's values by position, as a translation may move them); the source when there is none.
 */
function english(template: TemplateLike, id: string | undefined): string | TemplateResult {
  const translated = id === undefined ? undefined : (en as Record<string, TemplateLike | undefined>)[id];
  if (translated === undefined) return source(template);
  if (typeof translated === 'string') return translated;
  const values = (template as StrResult | TemplateResult).values;
  if (isStrTagged(translated)) return joinStringsAndValues(translated.strings, values, translated.values as number[]);
  return { ...translated, values: (translated.values as number[]).map((at) => values[at]) };
}

const MSG: Record<WidgetLocale, MsgFn> = {
  sv: ((template: TemplateLike) => source(template)) as MsgFn,
  en: ((template: TemplateLike, options?: { id?: string }) => english(template, options?.id)) as MsgFn,
};

/**
 * The `msg` of one language. Call it by the name `msg` (`const msg = msgIn(locale)`): its type is
 * @lit/localize's, so `lit-localize extract` finds the calls as it finds any.
 */
export const msgIn = (locale: WidgetLocale): MsgFn => MSG[locale];

let explicit: WidgetLocale | null = null;

/** The page's language: set by the application, else `<html lang>`. */
export function widgetLocale(): WidgetLocale {
  if (explicit) return explicit;
  return typeof document === 'undefined' ? 'sv' : resolveLocale(document.documentElement.getAttribute('lang'));
}

/** The nearest `lang` of an element: its own, an ancestor's (across shadow roots), else the page's. */
function localeOf(element: Element): WidgetLocale {
  if (explicit) return explicit;
  for (let node: Element | null = element; node;) {
    const lang = node.getAttribute('lang');
    if (lang !== null) return resolveLocale(lang);
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return widgetLocale();
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

function updateAll(): void {
  for (const host of hosts) host.requestUpdate();
}

/** Text in Swedish and English, as the dataset gives it. */
type Localized = { readonly sv: string; readonly en: string };

/** Its host's language, asked for where words are made, and a render of the host whenever a `lang` on the page changes. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The host's language now: its nearest `lang`, or the one the page set. */
  get locale(): WidgetLocale {
    return localeOf(this.host);
  }

  /** The `msg` of the host's language (see msgIn). */
  get msg(): MsgFn {
    return msgIn(this.locale);
  }

  /** Picks the dataset's text in the host's language. */
  readonly text = (text: Localized): string => text[this.locale];

  hostConnected(): void {
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
}

/**
 * Sets the widgets' language for the whole page, over every `lang`. `null`
 * goes back to following the nearest `lang` of each widget.
 */
export function setWidgetLocale(locale: WidgetLocale | null): void {
  explicit = locale;
  updateAll();
}
