/**
 * `nmt-widgets/hotline`: registers <nmt-hotline> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtHotline } from './elements/hotline/hotline.js';

register([['nmt-hotline', NmtHotline]]);

// The classes' types, so that importing this entry alone brings its tags into HTMLElementTagNameMap (and the
// events into the event maps): a declaration file keeps no import that is used only as a value.
export type { NmtHotline } from './elements/hotline/hotline.js';
export type { NmtDataErrorEvent, NmtStatusChangeEvent } from './events.js';
