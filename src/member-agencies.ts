/**
 * `nmt-widgets/member-agencies`: registers <nmt-member-agencies> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';

register([['nmt-member-agencies', NmtMemberAgencies]]);

// The classes' types, so that importing this entry alone brings its tags into HTMLElementTagNameMap (and the
// events into the event maps): a declaration file keeps no import that is used only as a value.
export type { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';
export type { NmtDataErrorEvent, NmtStatusChangeEvent } from './events.js';
