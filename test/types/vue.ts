// Type-checked only (npm run typecheck:frameworks): every attribute and event of every element as Vue global components.
import 'nmt-widgets/vue';
import type { GlobalComponents } from 'vue';
import type { NmtDataErrorEvent, NmtStatusChangeEvent } from 'nmt-widgets';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const hotline: Props<'nmt-hotline'> = {
  src: '/nmt-data.json',
  'heading-level': 3,
  now: '2026-11-30T10:00:00+01:00',
  hours: 'Mo-Fr 09:00-16:30',
  compact: true,
  'hide-urgent': true,
  'hide-source': true,
  'social-services-number': '040-34 12 00',
  'social-services-label': 'Socialjouren i Malmö',
  onNmtStatusChange: (event: NmtStatusChangeEvent) => event.status.open,
  onNmtDataError: (event: NmtDataErrorEvent) => event.reason,
};
export const status: Props<'nmt-open-status'> = { 'show-number': true, 'hide-detail': true, hours: '24/7' };
export const contacts: Props<'nmt-contact-list'> = { filter: 'utredare', limit: 2, 'hide-vcard': true };
export const members: Props<'nmt-member-agencies'> = { 'hide-description': true };
// @ts-expect-error: not an attribute of the element
export const wrong: Props<'nmt-hotline'> = { 'heading-levle': 3 };
