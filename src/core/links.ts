/**
 * Turning data into link targets safely. Only `https:`, `http:`, `mailto:` and
 * `tel:` ever reach an href; everything else is refused, never rewritten.
 */

/**
 * The `tel:` href for a Swedish number as written: `020-390 000` ->
 * `tel:+4620390000`, `031 392 90 31` -> `tel:+46313929031`. Short codes
 * (`112`, `114 14`) and international numbers (`+46 ...`) keep their digits.
 * Returns null for anything that is not a phone number.
 */
export function telHref(phone: string): string | null {
  if (!/^\+?[\d\s\-()]+$/.test(phone)) return null;
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return /^\+\d{6,15}$/.test(digits) ? `tel:${digits}` : null;
  if (/^0[1-9]\d{5,11}$/.test(digits)) return `tel:+46${digits.slice(1)}`;
  if (/^\d{3,6}$/.test(digits)) return `tel:${digits}`; // short codes: 112, 11414, 1177
  return null;
}

/** The URL if it is an absolute `https:` or `http:` address, else null. */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A plain address: letters, digits and `. _ + -` before the `@`, a domain of
 * dot-separated labels after it. Nothing that a `mailto:` URL would read as
 * more than an address: no `?` (fields such as bcc or body), `#`, `%`,
 * spaces, quotes or control characters.
 */
const PLAIN_ADDRESS =
  /^[\p{L}\p{N}_+-]+(?:\.[\p{L}\p{N}_+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

/** The `mailto:` href for a plain address, else null. */
export function mailtoHref(email: string): string | null {
  return email.length <= 254 && PLAIN_ADDRESS.test(email) ? `mailto:${email}` : null;
}

/** The host of an http(s) URL without `www.`, for link text such as "polisen.se". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
