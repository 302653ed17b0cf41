/**
 * `nmt-widgets/open-status`: registers <nmt-open-status> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtOpenStatus } from './elements/open-status/open-status.js';

register([['nmt-open-status', NmtOpenStatus]]);
