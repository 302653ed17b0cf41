/**
 * `nmt-widgets/member-agencies`: registers <nmt-member-agencies> alone, for an application that
 * wants one widget (its class and types are in `nmt-widgets`).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { register } from './register.js';
import { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';

register([['nmt-member-agencies', NmtMemberAgencies]]);
