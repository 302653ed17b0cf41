// Type-checked only (npm run typecheck:frameworks): every attribute and event of every element in Svelte.
import 'nmt-widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { NmtDataErrorEvent, NmtStatusChangeEvent } from 'nmt-widgets';

const onChange = (event: NmtStatusChangeEvent) => event.status.open;
const onError = (event: NmtDataErrorEvent) => event.reason;

export const hotline: SvelteHTMLElements['nmt-hotline'] = {
  src: '/nmt-data.json',
  'heading-level': 3,
  now: '2026-11-30T10:00:00+01:00',
  hours: 'Mo-Fr 09:00-16:30',
  compact: true,
  'hide-urgent': true,
  'hide-source': true,
  'social-services-number': '040-34 12 00',
  'social-services-label': 'Socialjouren i Malmö',
  'onnmt-status-change': onChange,
  'onnmt-data-error': onError,
  'on:nmt-status-change': onChange,
};
export const status: SvelteHTMLElements['nmt-open-status'] = {
  'show-number': true,
  'hide-detail': true,
  hours: '24/7',
};
export const contacts: SvelteHTMLElements['nmt-contact-list'] = { filter: 'utredare', limit: 2, 'hide-vcard': true };
export const members: SvelteHTMLElements['nmt-member-agencies'] = { 'hide-description': true };
// @ts-expect-error: not an attribute of the element
export const wrong: SvelteHTMLElements['nmt-hotline'] = { compct: true };
