/** A contact as a vCard 3.0 `data:` link, so a visitor can save it without any request. */
import { telHref } from './links.js';

interface VCardContact {
  readonly name: string;
  readonly phones: readonly string[];
  readonly email: string;
}

/**
 * vCard text values escape backslash, comma, semicolon and line breaks
 * (RFC 2426); any other control character is dropped, so no value can end its
 * line and start a property of its own.
 */
const escape = (value: string) =>
  value
    .replace(/[\\,;]/g, (c) => `\\${c}`)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

export function vCard(contact: VCardContact, title: string, organisation?: string): string {
  const parts = contact.name.trim().split(/\s+/);
  const family = parts.length > 1 ? parts[parts.length - 1] : '';
  const given = parts.length > 1 ? parts.slice(0, -1).join(' ') : parts[0];
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${escape(family)};${escape(given)};;;`,
    `FN:${escape(contact.name)}`,
    `TITLE:${escape(title)}`,
    ...(organisation ? [`ORG:${escape(organisation)}`] : []),
    ...contact.phones.map((p) => `TEL;TYPE=WORK,VOICE:${escape((telHref(p) ?? p).replace(/^tel:/, ''))}`),
    `EMAIL;TYPE=INTERNET:${escape(contact.email)}`,
    'END:VCARD',
  ];
  return lines.join('\r\n');
}

export function vCardHref(contact: VCardContact, title: string, organisation?: string): string {
  return `data:text/vcard;charset=utf-8,${encodeURIComponent(vCard(contact, title, organisation))}`;
}
