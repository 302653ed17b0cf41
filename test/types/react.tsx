// Type-checked only (npm run typecheck:frameworks): every attribute and event of every element in React 19.
import 'nmt-widgets/react';
import type { NmtDataErrorEvent, NmtStatusChangeEvent } from 'nmt-widgets';

const onChange = (event: NmtStatusChangeEvent) => event.status.open;
const onError = (event: NmtDataErrorEvent) => event.reason;

export const page = (
  <>
    <nmt-hotline
      src="/nmt-data.json"
      heading-level={3}
      now="2026-11-30T10:00:00+01:00"
      hours="Mo-Fr 09:00-16:30"
      compact
      hide-urgent
      hide-source
      social-services-number="040-34 12 00"
      social-services-label="Socialjouren i Malmö"
      onnmt-status-change={onChange}
      onnmt-data-error={onError}
    />
    <nmt-open-status show-number hide-detail hours="24/7" onnmt-status-change={onChange} />
    <nmt-contact-list filter="utredare" limit={2} hide-vcard heading-level="2" onnmt-data-error={onError} />
    <nmt-member-agencies hide-description />
  </>
);

// @ts-expect-error: not an attribute of the element
export const wrong = <nmt-hotline compct />;
