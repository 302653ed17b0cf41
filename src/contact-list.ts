/**
 * `nmt-widgets/contact-list`: registers <nmt-contact-list> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtContactList } from './elements/contact-list/contact-list.js';

register([['nmt-contact-list', NmtContactList]]);

// The classes' types, so that importing this entry alone brings its tags into HTMLElementTagNameMap (and the
// events into the event maps): a declaration file keeps no import that is used only as a value.
export type { NmtContactList } from './elements/contact-list/contact-list.js';
export type { NmtDataErrorEvent, NmtStatusChangeEvent } from './events.js';
