// The data page: a data maintainer loads a dataset from a file, a URL or pasted JSON, sees every
// error with its path in the page's language, and every widget rendered with it, at any time.
import '../src/define.js';
import { pageLang, translatePage, type Lang } from './page-text.js';
import { parseDataset } from '../src/core/dataset.js';
import { datasetProblemText, type DatasetProblem } from '../src/core/problems/index.js';
import { datasetWarnings, type DatasetWarning } from '../src/core/dataset-warnings.js';
import { MAX_DATASET_BYTES } from '../src/core/data-limits.js';
import { UNREACHABLE } from '../src/hosted-data/fetch-dataset.js';
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

const form = document.querySelector<HTMLFormElement>('#source')!;
const result = document.querySelector<HTMLElement>('#result')!;
const errorList = document.querySelector<HTMLUListElement>('#errors')!;
const widgets = () => document.querySelectorAll('nmt-hotline, nmt-open-status, nmt-contact-list, nmt-member-agencies');
const t = (key: string) => TEXT[key][pageLang()];
let objectUrl = '';
let lastErrors: ShownError[] | null = null;
let lastWarnings: readonly DatasetWarning[] = [];
const warningList = document.querySelector<HTMLUListElement>('#warnings')!;
const warningHeading = document.querySelector<HTMLElement>('#warnings-heading')!;

/** An error as the page shows it, in the language it is shown in: the page can switch while it is shown. */
type ShownError = (lang: Lang) => string;

const fromProblem =
  (problem: DatasetProblem): ShownError =>
  (lang) =>
    datasetProblemText(problem, lang);
const fromText =
  (where: string, key: string, detail = ''): ShownError =>
  (lang) =>
    `${where}: ${TEXT[key][lang]}${detail}`;

const item = (text: string) => Object.assign(document.createElement('li'), { textContent: text });

function show(errors: ShownError[] | null, warnings: readonly DatasetWarning[] = []): void {
  lastErrors = errors;
  lastWarnings = warnings;
  errorList.replaceChildren(...(errors ?? []).map((error) => item(error(pageLang()))));
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
  if (new TextEncoder().encode(text).byteLength > MAX_DATASET_BYTES) return show([fromText('(JSON)', 'large')]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return show([fromText('(JSON)', 'json', `: ${(error as Error).message}`)]);
  }
  const parsed = parseDataset(json);
  if (!parsed.ok) {
    widgets().forEach((w) => w.removeAttribute('src'));
    return show(parsed.problems.map(fromProblem));
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
      if (!response.ok) return show([fromText(url, 'fetch', ` (HTTP ${response.status})`)]);
      return use(await response.text());
    } catch {
      // The browser says only "Failed to fetch"; say what the widgets say of it.
      const crossOrigin = new URL(url, location.href).origin !== location.origin;
      return show([fromText(url, crossOrigin ? 'cors' : 'fetch')]);
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
