
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'contacts.email': `E-mail`,
'contacts.heading': str`Contact persons at ${0}`,
'contacts.none': `No contact persons to show.`,
'contacts.phone': `Phone`,
'contacts.phone-alt': `Alternative`,
'contacts.vcard': `Save contact`,
'hotline.call': `Call`,
'hotline.hours': `Helpline hours`,
'hotline.hours-assumed': `Staffed during office hours on weekdays; the times are approximate.`,
'hours.all-day': `around the clock`,
'hours.closed-on': str`Closed on ${0}`,
'hours.none': `No regular hours`,
'hours.public-holidays': `public holidays`,
'hours.public-holidays-open': str`public holidays ${0}`,
'members.external': `external website`,
'members.label': `The NMT includes:`,
'members.more': str`Read more about the NMT at ${0}`,
'open-status.name': `Helpline`,
'source.line': html`Source: ${0}, updated ${1}`,
'status.closed': `Closed now`,
'status.closes': str`closes ${0}`,
'status.closing-soon': `Closing soon`,
'status.open': `Open now`,
'status.opens': str`opens ${0}`,
'status.unknown': `Uncertain now`,
'status.until': str`until ${0}`,
'urgent.heading': `If it is urgent`,
'urgent.heading-closed': `The helpline is closed. If it is urgent:`,
'when.today': str`today at ${0}`,
'when.tomorrow': str`tomorrow at ${0}`,
    };
  