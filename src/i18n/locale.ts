/**
 * The widgets' language: Swedish or English, following `<html lang>` unless
 * an application sets it. The only module that configures @lit/localize,
 * which is one per page.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { templates as en } from '../generated/locales/en.js';

export type WidgetLocale = 'sv' | 'en';

type Localization = ReturnType<typeof configureLocalization>;

/** Configured on first use (an element connecting, or setWidgetLocale), so importing the package has no side effect. */
let localization: Localization | null | undefined;

function configured(): Localization | null {
  if (localization === undefined) {
    try {
      // The English templates are bundled, not fetched: the CDN file makes no further requests.
      localization = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: async () => ({ templates: en }),
      });
    } catch (error) {
      // Another copy of @lit/localize on the page was configured first: keep Swedish, never throw.
      console.warn('nmt-widgets: localisation is already configured on this page; widgets stay in Swedish.', error);
      localization = null;
    }
  }
  return localization;
}

/** `sv`, `sv-SE`, `sv-FI` (or no language at all) -> sv; anything else -> en. */
export function resolveLocale(lang: string | null | undefined): WidgetLocale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === '' || primary === 'sv' ? 'sv' : 'en';
}

let explicit: WidgetLocale | null = null;
let observer: MutationObserver | null = null;

function apply(): void {
  const locale = explicit ?? resolveLocale(document.documentElement.getAttribute('lang'));
  const l10n = configured();
  if (l10n && l10n.getLocale() !== locale) void l10n.setLocale(locale);
}

/** Starts following `<html lang>`; called by every element on connect, does the work once. */
export function followPageLanguage(): void {
  if (observer) return;
  observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  apply();
}

/**
 * Sets the widgets' language for the whole page, for applications that do not
 * keep `<html lang>` current. `null` goes back to following `<html lang>`.
 */
export function setWidgetLocale(locale: WidgetLocale | null): void {
  explicit = locale;
  apply();
}

/** The language the widgets are in now. */
export function widgetLocale(): WidgetLocale {
  return (localization?.getLocale() as WidgetLocale | undefined) ?? 'sv';
}
