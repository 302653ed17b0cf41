// The data page: a data maintainer loads a dataset from a file, a URL or pasted JSON, sees every
// error with its path in the page's language, and every widget rendered with it, at any time.
import '../src/define.js';
import { pageLang, translatePage, type Lang } from './page-text.js';
import { parseDataset } from '../src/core/dataset.js';
import { datasetWarnings, type DatasetWarning } from '../src/core/dataset-warnings.js';
import { dataLimits, UNREACHABLE } from '../src/hosted-data/fetch-dataset.js';
import { instantOf } from '../src/core/zoned-time.js';
import { dayNumber } from '../src/core/civil-date.js';

/** The page's messages; its labels are in page-text.ts. */
const TEXT: Record<string, Record<Lang, string>> = {
  ok: {
    sv: 'Datamängden är giltig: widgetarna nedan visar den.',
    en: 'The dataset is valid: the widgets below show it.',
  },
  bad: {
    sv: 'Widgetarna skulle inte använda datamängden ({n} fel). De visar sitt inbyggda innehåll.',
    en: 'The widgets would not use this dataset ({n} errors). They show their built-in content.',
  },
  badOne: {
    sv: 'Widgetarna skulle inte använda datamängden (1 fel). De visar sitt inbyggda innehåll.',
    en: 'The widgets would not use this dataset (1 error). They show their built-in content.',
  },
  warnings: { sv: 'Värt att se över', en: 'Worth a look' },
  cors: {
    sv:
      'adressen gick inte att nå, eller så låter dess server inte andra webbplatser läsa den: en datamängd på en ' +
      'annan webbplats måste skickas med rubriken "Access-Control-Allow-Origin: *" (CORS), och sidans ' +
      'Content-Security-Policy måste tillåta den i connect-src',
    // The widgets' own words.
    en: UNREACHABLE.crossOrigin,
  },
  none: {
    sv: 'Välj en fil, skriv en adress eller klistra in JSON.',
    en: 'Choose a file, enter an address or paste JSON.',
  },
  json: { sv: 'inte giltig JSON', en: 'not valid JSON' },
  large: { sv: 'större än 256 kB', en: 'larger than 256 KB' },
  fetch: { sv: 'kunde inte hämtas', en: 'could not be fetched' },
};

/** The dataset's error messages in Swedish; English is what parseDataset says. */
const SWEDISH: Array<[RegExp, string]> = [
  [/^missing$/, 'saknas'],
  [/^must not be empty$/, 'får inte vara tom'],
  [/^longer than (\d+) characters$/, 'längre än $1 tecken'],
  [/^contains a control character or a bidirectional override$/, 'innehåller ett styrtecken eller en riktningsändring'],
  [/^contains a line break or control character$/, 'innehåller en radbrytning eller ett styrtecken'],
  [/^not a phone number.*/, 'inte ett telefonnummer (skriv det som det visas, t.ex. "020-390 000")'],
  [/^not an https: or http: address$/, 'inte en https:- eller http:-adress'],
  [
    /^not a plain e-mail address.*/,
    'inte en enkel e-postadress (namn@exempel.se, utan "?", "#", "%" eller mellanslag)',
  ],
  [/^not a date written YYYY-MM-DD$/, 'inte ett datum skrivet ÅÅÅÅ-MM-DD'],
  [/^not a date: there is no month (\d+)$/, 'inte ett datum: det finns ingen månad $1'],
  [/^not a date: \w+ (\d{4}) has (\d+) days$/, 'inte ett datum: månaden har $2 dagar år $1'],
  [/^not an IANA time zone.*/, 'inte en IANA-tidszon som "Europe/Stockholm"'],
  [/^expected (.+), got (.+)$/, 'väntade $1, fick $2'],
  [/^must be (\d+)$/, 'måste vara $1'],
  [/^more than (\d+) (\w+)/, 'fler än $1'],
];

const form = document.querySelector<HTMLFormElement>('#source')!;
const result = document.querySelector<HTMLElement>('#result')!;
const errorList = document.querySelector<HTMLUListElement>('#errors')!;
const widgets = () => document.querySelectorAll('nmt-hotline, nmt-open-status, nmt-contact-list, nmt-member-agencies');
const t = (key: string) => TEXT[key][pageLang()];
let objectUrl = '';
let lastErrors: string[] | null = null;
let lastWarnings: readonly DatasetWarning[] = [];
const warningList = document.querySelector<HTMLUListElement>('#warnings')!;
const warningHeading = document.querySelector<HTMLElement>('#warnings-heading')!;

function translate(error: string): string {
  if (pageLang() === 'en') return error;
  const [path, message = ''] = error.split(/: (.*)/s);
  const match = SWEDISH.find(([pattern]) => pattern.test(message));
  // Hours messages stay as the parser writes them: they quote the text and say where.
  return `${path}: ${match ? message.replace(match[0], match[1]) : message}`;
}

const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });

function show(errors: string[] | null, warnings: readonly DatasetWarning[] = []): void {
  lastErrors = errors;
  lastWarnings = warnings;
  errorList.replaceChildren(...(errors ?? []).map((error) => item(translate(error))));
  warningList.replaceChildren(...warnings.map((warning) => item(warning[pageLang()])));
  warningHeading.hidden = warnings.length === 0;
  warningHeading.textContent = t('warnings');
  result.textContent =
    errors === null
      ? t('none')
      : errors.length === 1
        ? t('badOne')
        : errors.length
          ? t('bad').replace('{n}', String(errors.length))
          : t('ok');
}

/** Checks the text as the widgets do, and on success points every widget at it. */
function use(text: string): void {
  if (new TextEncoder().encode(text).byteLength > dataLimits.maxBytes) return show([`(JSON): ${t('large')}`]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return show([`(JSON): ${t('json')}: ${(error as Error).message}`]);
  }
  const parsed = parseDataset(json);
  if (!parsed.ok) {
    widgets().forEach((w) => w.removeAttribute('src'));
    return show(parsed.errors);
  }
  URL.revokeObjectURL(objectUrl);
  objectUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  widgets().forEach((w) => w.setAttribute('src', objectUrl));
  // The warnings the check command gives, as of the time the page shows (or now).
  const when = stockholmInstant(String(new FormData(form).get('when') ?? ''));
  show([], datasetWarnings(parsed.data, when ? new Date(when) : new Date()));
}

async function load(): Promise<void> {
  const data = new FormData(form);
  const file = data.get('file');
  const url = String(data.get('url') ?? '').trim();
  const pasted = String(data.get('json') ?? '').trim();
  if (file instanceof File && file.size > 0) return use(await file.text());
  if (url) {
    try {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-cache' });
      if (!response.ok) return show([`${url}: ${t('fetch')} (HTTP ${response.status})`]);
      return use(await response.text());
    } catch {
      // The browser says only "Failed to fetch"; say what the widgets say of it.
      const crossOrigin = new URL(url, location.href).origin !== location.origin;
      return show([`${url}: ${crossOrigin ? t('cors') : t('fetch')}`]);
    }
  }
  if (pasted) return use(pasted);
  show(null);
}

/** A wall-clock time in Stockholm (datetime-local) as the instant the widgets freeze at. */
function stockholmInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  return new Date(instantOf(dayNumber(y, mo, d), h * 60 + mi, 'Europe/Stockholm')).toISOString();
}

function applyView(): void {
  const data = new FormData(form);
  translatePage(String(data.get('lang')) === 'en' ? 'en' : 'sv');
  const now = stockholmInstant(String(data.get('when') ?? ''));
  widgets().forEach((w) => (now ? w.setAttribute('now', now) : w.removeAttribute('now')));
  show(lastErrors, lastWarnings);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void load();
});
const control = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
control('file').addEventListener('change', () => void load());
control('lang').addEventListener('change', applyView);
control('when').addEventListener('change', applyView);
// The page opens in the language asked for (?lang=en), as the other demo pages do.
control('lang').value = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : pageLang();
applyView();
