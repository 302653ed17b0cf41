/** Picks the dataset's text in the widgets' language. */
import type { LocalizedText } from '../../core/dataset.js';
import { widgetLocale } from '../../i18n/locale.js';

export function localized(text: LocalizedText): string {
  return text[widgetLocale()];
}
