/**
 * The script-tag entry: registers every element and mounts CMS placeholders.
 * Safe to load twice, even two versions on one page: a tag that is already
 * defined is left alone (with one warning when the versions differ).
 */
// First: it must be in place before Lit loads.
import './trusted-types-guard.js';
import { mountPlaceholders } from './cms-mount.js';
import { register } from './register.js';
import { rememberScript, scriptWithUrl } from './hosted-data/site-source.js';
import { NmtContactList } from './elements/contact-list/contact-list.js';
import { NmtHotline } from './elements/hotline/hotline.js';
import { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';
import { NmtOpenStatus } from './elements/open-status/open-status.js';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['nmt-hotline', NmtHotline],
  ['nmt-open-status', NmtOpenStatus],
  ['nmt-contact-list', NmtContactList],
  ['nmt-member-agencies', NmtMemberAgencies],
];

// The script tag's data-src is the site's data source; a classic script is document.currentScript while it runs.
rememberScript(document.currentScript ?? scriptWithUrl(import.meta.url));

if (register(ELEMENTS)) mountPlaceholders();

// The classes' types, so that importing this entry alone brings its tags into HTMLElementTagNameMap (and the
// events into the event maps): a declaration file keeps no import that is used only as a value.
export type { NmtContactList } from './elements/contact-list/contact-list.js';
export type { NmtHotline } from './elements/hotline/hotline.js';
export type { NmtMemberAgencies } from './elements/member-agencies/member-agencies.js';
export type { NmtOpenStatus } from './elements/open-status/open-status.js';
export type { NmtDataErrorEvent, NmtStatusChangeEvent } from './events.js';
