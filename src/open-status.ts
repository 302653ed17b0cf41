/**
 * `nmt-widgets/open-status`: registers <nmt-open-status> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtOpenStatus } from './elements/open-status/open-status.js';

register([['nmt-open-status', NmtOpenStatus]]);

// The classes' types, so that importing this entry alone brings its tags into HTMLElementTagNameMap (and the
// events into the event maps): a declaration file keeps no import that is used only as a value.
export type { NmtOpenStatus } from './elements/open-status/open-status.js';
export type { NmtDataErrorEvent, NmtStatusChangeEvent } from './events.js';
