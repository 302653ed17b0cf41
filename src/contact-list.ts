/**
 * `nmt-widgets/contact-list`: registers <nmt-contact-list> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtContactList } from './elements/contact-list/contact-list.js';

register([['nmt-contact-list', NmtContactList]]);
