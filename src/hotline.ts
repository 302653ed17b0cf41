/**
 * `nmt-widgets/hotline`: registers <nmt-hotline> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtHotline } from './elements/hotline/hotline.js';

register([['nmt-hotline', NmtHotline]]);
